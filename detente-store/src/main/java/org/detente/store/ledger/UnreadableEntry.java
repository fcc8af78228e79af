package org.detente.store.ledger;

import java.util.Objects;
import org.detente.model.Dyad;

/**
 * A stored ledger row that cannot be decoded into an entry (written by an older version that
 * stored a form it no longer reads, or changed outside the application). The rest of the dyad's
 * ledger is read without it; health reports it and {@code detente db check} names it, so an
 * operator can correct the row while the dyad stays available.
 *
 * @param dyad     the dyad whose ledger holds the row
 * @param sequence the row's sequence
 * @param entryId  the id in the row's {@code entry_id} column
 * @param problem  why the row cannot be read
 */
public record UnreadableEntry(Dyad dyad, long sequence, String entryId, String problem) {
    public UnreadableEntry {
        Objects.requireNonNull(dyad, "dyad is required");
        Objects.requireNonNull(entryId, "entryId is required");
        Objects.requireNonNull(problem, "problem is required");
    }

    @Override
    public String toString() {
        return dyad + " #" + sequence + " (" + entryId + "): " + problem;
    }
}
