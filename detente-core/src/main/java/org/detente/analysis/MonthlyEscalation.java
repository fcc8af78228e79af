package org.detente.analysis;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.detente.model.Country;

/**
 * The escalation index of one month: each side's Goldstein sum, in the dyad's order, and the net
 * (both sides together), each with its running total. Below zero conflict dominates (escalation),
 * above zero cooperation. {@code imprecise} counts the entries dated only to the month or year,
 * which are placed in the first month of their period.
 */
public record MonthlyEscalation(YearMonth month, List<SideScore> sides, double net, double cumulativeNet,
                                int imprecise) {
    public MonthlyEscalation {
        Objects.requireNonNull(month, "month is required");
        sides = List.copyOf(Objects.requireNonNull(sides, "sides is required"));
        if (sides.size() != 2) {
            throw new IllegalArgumentException("sides must hold the two countries of the dyad, got " + sides.size());
        }
        if (imprecise < 0) {
            throw new IllegalArgumentException("imprecise must not be negative, got " + imprecise);
        }
    }

    /** The score of one side. */
    public SideScore side(Country country) {
        return sides.stream().filter(s -> s.side().equals(country)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(country + " is not a side of this index"));
    }
}
