package org.detente.events.reciprocity;

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
    java.util.Optional<MonthRange> span();
}
