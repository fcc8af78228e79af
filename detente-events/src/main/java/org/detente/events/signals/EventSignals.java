package org.detente.events.signals;

import java.time.YearMonth;
import java.util.Optional;
import org.detente.model.Dyad;

/**
 * The event-data signals of a dyad, for the CLI, the HTTP API and the web pages. Implemented by
 * the embedded store ({@link org.detente.events.store.DuckDbEventStore}).
 */
public interface EventSignals {
    /**
     * Monthly series of both directions of {@code dyad}, every month from {@code from} to {@code to}
     * inclusive (months without events included, with zeros).
     *
     * @throws IllegalArgumentException when {@code from} is after {@code to}
     */
    DyadSeries series(Dyad dyad, YearMonth from, YearMonth to);

    /** The first and last month with events of the dyad, either direction; empty when it has none. */
    Optional<MonthRange> span(Dyad dyad);
}
