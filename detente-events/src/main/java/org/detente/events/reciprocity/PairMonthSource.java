package org.detente.events.reciprocity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.detente.events.signals.MonthRange;

/**
 * An engine that aggregates events by directed pair and month. Implementations must hand every
 * aggregate of the period's months, ordered by the unordered pair (the smaller code first, then
 * the larger), then by actor, then by month.
 */
public interface PairMonthSource {
    void forEachPairMonth(MonthRange period, Consumer<PairMonth> sink);

    /** The months with events, when there are any. */
    Optional<MonthRange> span();

    /**
     * The reciprocity of both directions of every pair with events in {@code period}, ordered by
     * the unordered pair, the smaller code's direction first (as
     * {@link ReciprocityCalculator#bothDirections} gives them). By default computed here from
     * {@link #forEachPairMonth}, one pair's series in memory at a time; a distributed engine
     * overrides it to compute each pair where its aggregates are and send back only the results.
     */
    default List<PairReciprocity> reciprocity(MonthRange period) {
        List<PairReciprocity> pairs = new ArrayList<>();
        PairSeries current = new PairSeries(period);
        forEachPairMonth(period, row -> {
            if (!current.holds(row)) {
                current.flushInto(pairs);
                current.start(row);
            }
            current.add(row);
        });
        current.flushInto(pairs);
        return pairs;
    }
}
