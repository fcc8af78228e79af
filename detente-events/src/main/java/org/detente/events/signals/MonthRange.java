package org.detente.events.signals;

import java.time.YearMonth;
import java.util.Objects;

/** Months from {@code from} to {@code to}, both included. */
public record MonthRange(YearMonth from, YearMonth to) {
    public MonthRange {
        Objects.requireNonNull(from, "from is required");
        Objects.requireNonNull(to, "to is required");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }

    /** The months since year 0 of a month, as events store them. */
    public static int index(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    /** The month of an index. */
    public static YearMonth month(int index) {
        return YearMonth.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
    }

    public int fromIndex() {
        return index(from);
    }

    public int toIndex() {
        return index(to);
    }

    public int size() {
        return toIndex() - fromIndex() + 1;
    }
}
