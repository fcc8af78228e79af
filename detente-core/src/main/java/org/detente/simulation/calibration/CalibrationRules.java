package org.detente.simulation.calibration;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The period and window of a calibration: measures that occurred from {@code from} to {@code to}
 * (both inclusive) are looked at; an answer counts when it comes at most {@code windowDays} days
 * after the measure. A measure dated less than a window before {@code to} is left out of the
 * trials, because its answer may still be to come (right censoring). Invariants: {@code from} is
 * not after {@code to}; the window is at least one day.
 *
 * @param from       the first day looked at
 * @param to         the last day looked at (the date the calibration is as of)
 * @param windowDays how long an answer may take
 */
public record CalibrationRules(LocalDate from, LocalDate to, int windowDays) {

    /** The window reciprocity pairing uses by default: 90 days. */
    public static final int DEFAULT_WINDOW_DAYS = 90;

    /** Checks the invariants stated above. */
    public CalibrationRules {
        Objects.requireNonNull(from, "from is required");
        Objects.requireNonNull(to, "to is required");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " must not be after to " + to);
        }
        if (windowDays < 1) {
            throw new IllegalArgumentException("windowDays must be at least 1, got " + windowDays);
        }
    }
}
