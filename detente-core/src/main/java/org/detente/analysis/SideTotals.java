package org.detente.analysis;

import java.util.Objects;
import org.detente.model.Country;

/** How many measures one side took in a category and stance, and their total magnitude. */
public record SideTotals(Country side, int measures, long magnitude) {
    public SideTotals {
        Objects.requireNonNull(side, "side is required");
        if (measures < 0 || magnitude < 0) {
            throw new IllegalArgumentException("measures and magnitude must not be negative, got " + measures + " and "
                    + magnitude);
        }
    }
}
