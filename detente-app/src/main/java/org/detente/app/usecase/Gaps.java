package org.detente.app.usecase;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.detente.analysis.ConsularOutlook;
import org.detente.analysis.ConsularParameter;
import org.detente.analysis.StaffGap;

/**
 * The gaps as of a date: the staffing gap of each staff target, and the consular outlook of each
 * mission by mission id with the model's parameters (both empty without a section or consular data).
 *
 * @param basis what they were computed from (the dyad, its moment of knowledge)
 */
public record Gaps(DyadBasis basis, LocalDate asOf, List<StaffGap> staff, Map<String, ConsularOutlook> consular,
                   List<ConsularParameter> parameters) {
    public Gaps {
        Objects.requireNonNull(basis, "basis is required");
        Objects.requireNonNull(asOf, "asOf is required");
        staff = List.copyOf(staff);
        consular = Collections.unmodifiableMap(new LinkedHashMap<>(consular));
        parameters = List.copyOf(parameters);
    }
}
