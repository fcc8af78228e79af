package org.detente.analysis;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.detente.model.Country;
import org.detente.model.StaffCategory;

/**
 * A staffing goal as a multiple of a level at a baseline date: "Russian diplomats in the US up
 * 25–30×" is {@code (RU, 2025-04-10, 25, "25–30", DIPLOMATIC)}. {@code category} empty means the
 * total staff; {@code rangeText} keeps the wording of a range when the source gives one (the
 * analysis uses {@code multiple}, the conservative end).
 */
public record StaffTarget(Country sending, LocalDate baseline, double multiple, Optional<String> rangeText,
                          Optional<StaffCategory> category) {
    public StaffTarget {
        Objects.requireNonNull(sending, "sending is required");
        Objects.requireNonNull(baseline, "baseline is required");
        if (!(multiple > 0) || Double.isInfinite(multiple)) {
            throw new IllegalArgumentException("multiple must be a positive number, got " + multiple);
        }
        Objects.requireNonNull(rangeText, "rangeText is required (empty when none)");
        rangeText = rangeText.map(String::trim).filter(s -> !s.isEmpty());
        Objects.requireNonNull(category, "category is required (empty for the total)");
    }

    /** A target on the total staff of {@code sending}. */
    public StaffTarget(Country sending, LocalDate baseline, double multiple, Optional<String> rangeText) {
        this(sending, baseline, multiple, rangeText, Optional.empty());
    }
}
