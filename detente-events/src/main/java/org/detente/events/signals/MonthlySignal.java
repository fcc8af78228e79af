package org.detente.events.signals;

import java.time.YearMonth;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The events of one direction of a dyad in one month: how many, by GDELT quad class (verbal
 * cooperation, material cooperation, verbal conflict, material conflict), the sum and mean of
 * their Goldstein weights, and their mean tone (empty when no event has a tone, as in ICEWS).
 * A month without events has zeros and empty means.
 */
public record MonthlySignal(YearMonth month, long events, long verbalCooperation, long materialCooperation,
                            long verbalConflict, long materialConflict, double goldsteinSum,
                            OptionalDouble goldsteinMean, OptionalDouble toneMean) {
    public MonthlySignal {
        Objects.requireNonNull(month, "month is required");
        if (verbalCooperation + materialCooperation + verbalConflict + materialConflict != events) {
            throw new IllegalArgumentException("the quad class counts of " + month + " must add up to its " + events
                    + " events");
        }
        Objects.requireNonNull(goldsteinMean, "goldsteinMean is required (empty when no events)");
        Objects.requireNonNull(toneMean, "toneMean is required (empty when no tone)");
    }

    /** A month without events. */
    public static MonthlySignal empty(YearMonth month) {
        return new MonthlySignal(month, 0, 0, 0, 0, 0, 0.0, OptionalDouble.empty(), OptionalDouble.empty());
    }
}
