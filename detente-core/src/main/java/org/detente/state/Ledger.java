package org.detente.state;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.detente.ledger.Entry;
import org.detente.model.DyadDefinition;

/**
 * One version of a dyad's ledger, that hands out {@link LedgerView}s: the ledger as known now, or
 * as it was known at a moment. A view is the only way analyses, scenarios, forecasts and briefings
 * reach the entries, so none of them can forget what was known when, or what was retracted.
 *
 * <p>Built once per ledger version (O(n log n), the projector's sort); immutable and thread-safe.
 */
public final class Ledger {
    private final Projector projector;
    private final LedgerView current;

    private Ledger(Projector projector) {
        this.projector = projector;
        this.current = new LedgerView(projector, Optional.empty());
    }

    /** The ledger of {@code entries} (in any order, retractions included) of the dyad {@code definition} describes. */
    public static Ledger of(DyadDefinition definition, Collection<Entry> entries) {
        return new Ledger(Projector.of(definition, entries));
    }

    /** The ledger a projector was built over. */
    public static Ledger of(Projector projector) {
        return new Ledger(Objects.requireNonNull(projector, "projector is required"));
    }

    public DyadDefinition definition() {
        return projector.definition();
    }

    /** Every entry, retractions included, in the projection order. */
    public List<Entry> entries() {
        return projector.entries();
    }

    /** The ledger as known now: every entry recorded. */
    public LedgerView current() {
        return current;
    }

    /** The ledger as known at {@code knownAt}; empty means now. */
    public LedgerView knownAt(Optional<Instant> knownAt) {
        Objects.requireNonNull(knownAt, "knownAt is required (empty for everything recorded)");
        return knownAt.isEmpty() ? current : new LedgerView(projector, knownAt);
    }
}
