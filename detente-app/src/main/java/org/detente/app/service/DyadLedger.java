package org.detente.app.service;

import java.util.List;
import org.detente.ledger.Entry;
import org.detente.model.DyadDefinition;
import org.detente.state.Projector;
import org.detente.store.dataset.Dataset;

/**
 * One dyad as the faces see it: its dataset (definitions and other documents), its entries and a
 * projector over them, built once.
 */
public record DyadLedger(Dataset dataset, Projector projector) {
    public static DyadLedger of(Dataset dataset) {
        return new DyadLedger(dataset, Projector.of(dataset.definition(), dataset.entries()));
    }

    public DyadDefinition definition() {
        return dataset.definition();
    }

    public List<Entry> entries() {
        return dataset.entries();
    }

    /** The sequence number of the last entry (0 for an empty ledger): the version of this ledger. */
    public long lastSequence() {
        List<Entry> entries = entries();
        return entries.isEmpty() ? 0 : entries.get(entries.size() - 1).sequence();
    }
}
