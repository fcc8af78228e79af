package org.detente.events.reciprocity;

import java.util.List;
import org.detente.events.signals.MonthRange;

/** The four monthly series of one unordered pair over a period, filled from its pair-months. */
final class PairSeries {
    private final int first;
    private final int months;
    private String low;
    private String high;
    private long[] lowEvents;
    private long[] lowTenths;
    private long[] highEvents;
    private long[] highTenths;

    PairSeries(MonthRange period) {
        this.first = period.fromIndex();
        this.months = period.size();
    }

    /** Whether {@code row} belongs to the pair being filled. */
    boolean holds(PairMonth row) {
        return low != null && (row.actor().equals(low) && row.target().equals(high)
                || row.actor().equals(high) && row.target().equals(low));
    }

    void start(PairMonth row) {
        boolean actorFirst = row.actor().compareTo(row.target()) < 0;
        low = actorFirst ? row.actor() : row.target();
        high = actorFirst ? row.target() : row.actor();
        lowEvents = new long[months];
        lowTenths = new long[months];
        highEvents = new long[months];
        highTenths = new long[months];
    }

    void add(PairMonth row) {
        int t = row.monthIndex() - first;
        if (t < 0 || t >= months) {
            throw new IllegalStateException("the engine gave month " + row.monthIndex() + " outside the period");
        }
        if (row.actor().equals(low)) {
            lowEvents[t] += row.events();
            lowTenths[t] += row.goldsteinTenths();
        } else {
            highEvents[t] += row.events();
            highTenths[t] += row.goldsteinTenths();
        }
    }

    void flushInto(List<PairReciprocity> pairs) {
        if (low == null) {
            return;
        }
        pairs.addAll(ReciprocityCalculator.bothDirections(low, high, lowEvents, lowTenths, highEvents, highTenths));
        low = null;
        high = null;
    }
}
