package org.detente.analysis;

import java.util.Objects;
import org.detente.model.Country;

/**
 * One side's Goldstein sum for a month ({@code month}), the running sum up to and including it
 * ({@code cumulative}), and how many of its entries with a CAMEO equivalent fell in the month.
 */
public record SideScore(Country side, double month, double cumulative, int events) {
    public SideScore {
        Objects.requireNonNull(side, "side is required");
        if (events < 0) {
            throw new IllegalArgumentException("events must not be negative, got " + events);
        }
    }
}
