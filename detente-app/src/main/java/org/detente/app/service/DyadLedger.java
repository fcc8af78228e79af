package org.detente.app.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.detente.ledger.Entry;
import org.detente.model.DyadDefinition;
import org.detente.state.Ledger;
import org.detente.state.LedgerView;
import org.detente.state.Projector;
import org.detente.store.dataset.Dataset;

/**
 * One dyad as the faces see it: its dataset (definitions and other documents), its entries and a
 * projector over them, built once.
 */
public record DyadLedger(Dataset dataset, Projector projector, Ledger ledger) {
    public static DyadLedger of(Dataset dataset) {
        return of(dataset, Projector.of(dataset.definition(), dataset.entries()));
    }

    /** The dyad of {@code dataset} over a projector already built from its entries. */
    public static DyadLedger of(Dataset dataset, Projector projector) {
        return new DyadLedger(dataset, projector, Ledger.of(projector));
    }

    /** The ledger as known at {@code knownAt} (empty: everything recorded); the way analyses reach entries. */
    public LedgerView view(Optional<Instant> knownAt) {
        return ledger.knownAt(knownAt);
    }

    public DyadDefinition definition() {
        return dataset.definition();
    }

    public List<Entry> entries() {
        return dataset.entries();
    }

    /**
     * The entries in the order they apply (the projector's), only those recorded by
     * {@code knownAt} when one is given; the projector's own list when not, without a copy.
     */
    public List<Entry> entriesKnownAt(Optional<Instant> knownAt) {
        List<Entry> all = projector.entries();
        return knownAt.isEmpty() ? all : all.stream().filter(e -> e.isKnownAt(knownAt)).toList();
    }

    /** The sequence number of the last entry (0 for an empty ledger): the version of this ledger. */
    public long lastSequence() {
        List<Entry> entries = entries();
        return entries.isEmpty() ? 0 : entries.get(entries.size() - 1).sequence();
    }
}
