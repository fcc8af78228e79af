package org.detente.app.usecase;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.detente.analysis.MonthlyEscalation;
import org.detente.analysis.ReciprocityReport;

/**
 * Reciprocity as of a date under a window, and the escalation index over the same entries.
 *
 * @param basis what they were computed from (the dyad, its moment of knowledge)
 */
public record Reciprocity(DyadBasis basis, LocalDate asOf, int windowDays, ReciprocityReport report,
                          List<MonthlyEscalation> escalation) {
    public Reciprocity {
        Objects.requireNonNull(basis, "basis is required");
        Objects.requireNonNull(asOf, "asOf is required");
        Objects.requireNonNull(report, "report is required");
        escalation = List.copyOf(escalation);
    }
}
