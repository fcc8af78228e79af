package org.detente.analysis;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.detente.ledger.Entry;
import org.detente.ledger.EntryId;
import org.detente.ledger.Retraction;
import org.detente.state.Projector;

/**
 * The entries an analysis counts: every entry given except retractions and the entries they
 * retract, in {@link Projector#PROJECTION_ORDER}. This is the rule the projector applies for the
 * current knowledge; to analyse the ledger as known at a moment, pass only the entries recorded by then.
 */
final class CurrentEntries {
    private CurrentEntries() {
    }

    /** The current entries, sorted; they must all belong to one dyad. */
    static Entry[] of(Collection<Entry> entries) {
        Objects.requireNonNull(entries, "entries is required");
        Set<EntryId> retracted = new HashSet<>();
        for (Entry entry : entries) {
            Objects.requireNonNull(entry, "entries must not contain null");
            if (entry.measure() instanceof Retraction r) {
                retracted.add(r.retracts());
            }
        }
        Entry[] kept = new Entry[entries.size()];
        int count = 0;
        Entry first = null;
        for (Entry entry : entries) {
            if (first == null) {
                first = entry;
            } else if (!entry.dyad().equals(first.dyad())) {
                throw new IllegalArgumentException("entries must belong to one dyad: " + entry.id() + " is of "
                        + entry.dyad() + ", " + first.id() + " of " + first.dyad());
            }
            if (!(entry.measure() instanceof Retraction) && !retracted.contains(entry.id())) {
                kept[count++] = entry;
            }
        }
        Entry[] result = Arrays.copyOf(kept, count);
        Arrays.sort(result, Projector.PROJECTION_ORDER);
        return result;
    }
}
