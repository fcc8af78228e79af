package org.detente.ledger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.detente.model.Dyad;
import org.detente.model.DyadDefinition;

/**
 * The port through which the application keeps ledgers: one append-only list of entries per
 * dyad, with the dyad's definitions. Implementations (in memory here, JDBC in the store module)
 * must never update or delete an entry, must make each call atomic, and must give entries
 * consecutive sequence numbers from 1 in the order they were appended.
 */
public interface LedgerStore {
    /** The dyads held, in the order they were first stored. */
    List<Dyad> dyads();

    Optional<DyadDefinition> definition(Dyad dyad);

    /**
     * Stores the definitions of a dyad (creating the dyad) or replaces them. Definitions are not
     * part of the append-only ledger: they describe what the entries refer to.
     */
    void saveDefinition(DyadDefinition definition);

    /** Every entry of the dyad, retractions included, in sequence order. */
    List<Entry> entries(Dyad dyad);

    /** The sequence number of the last entry (0 when the ledger is empty). */
    long lastSequence(Dyad dyad);

    /**
     * The last sequence number of every dyad held, in the order of {@link #dyads()}: what a reader
     * compares to see whether anything changed. A store that can answers it in one read.
     */
    default Map<Dyad, Long> lastSequences() {
        Map<Dyad, Long> last = new LinkedHashMap<>();
        for (Dyad dyad : dyads()) {
            last.put(dyad, lastSequence(dyad));
        }
        return last;
    }

    /**
     * Appends a batch atomically, after {@link LedgerValidator} finds nothing wrong with it against
     * the entries already stored. The entries keep the {@code recordedAt} and author they carry;
     * the store gives them their sequence numbers.
     *
     * @param expectedLastSequence when present, the append succeeds only if the ledger's last
     *                             sequence is still this number (optimistic concurrency)
     * @return the stored entries, with their sequence numbers
     * @throws InvalidEntriesException     when any entry breaks a rule; nothing is stored
     * @throws ConcurrencyConflictException when {@code expectedLastSequence} is stale; nothing is stored
     * @throws IllegalArgumentException    when the dyad has no definitions
     */
    List<Entry> append(Dyad dyad, List<Entry> batch, OptionalLong expectedLastSequence);

    /**
     * Imports a batch idempotently: entries whose id is already stored with the same content are
     * skipped; the rest are appended as one batch, or, if any entry is invalid (including an id
     * stored with different content), nothing is.
     *
     * @return how many entries were added and how many were already there
     * @throws InvalidEntriesException listing every bad entry
     */
    ImportResult importEntries(Dyad dyad, List<Entry> batch);

    /** What an import did. */
    record ImportResult(int added, int alreadyPresent) {
    }
}
