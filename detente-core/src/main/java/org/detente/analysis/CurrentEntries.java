package org.detente.analysis;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.detente.ledger.Entry;
import org.detente.ledger.EntryId;
import org.detente.ledger.Retraction;
import org.detente.ledger.StaffLevelReported;
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
            if (!(entry.measure() instanceof Retraction) && (retracted.isEmpty() || !retracted.contains(entry.id()))) {
                kept[count++] = entry;
            }
        }
        Entry[] result = Arrays.copyOf(kept, count);
        // Entries from Projector#entries() are already in order: checking costs n comparisons, sorting n log n.
        if (!isSorted(result)) {
            sort(result);
        }
        return result;
    }

    /**
     * Sorts in {@link Projector#PROJECTION_ORDER}. The first three keys of that order (day,
     * coarser precision first, staff reports last) are packed with the position into one long, so
     * most of the work is a primitive sort; only entries equal on those keys are then compared by
     * the full order. This keeps a million shuffled entries well under a second.
     */
    static void sort(Entry[] entries) {
        int n = entries.length;
        if (n < 2) {
            return;
        }
        long minDay = Long.MAX_VALUE;
        long maxDay = Long.MIN_VALUE;
        for (Entry entry : entries) {
            long day = entry.occurredOn().date().toEpochDay();
            minDay = Math.min(minDay, day);
            maxDay = Math.max(maxDay, day);
        }
        int indexBits = 64 - Long.numberOfLeadingZeros(n);
        long keyRange = (maxDay - minDay + 1) * 6;
        if (indexBits + (64 - Long.numberOfLeadingZeros(keyRange)) > 62) {
            Arrays.sort(entries, Projector.PROJECTION_ORDER);
            return;
        }
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            packed[i] = (primaryKey(entries[i], minDay) << indexBits) | i;
        }
        Arrays.sort(packed);
        Entry[] copy = entries.clone();
        long mask = (1L << indexBits) - 1;
        for (int i = 0; i < n; i++) {
            entries[i] = copy[(int) (packed[i] & mask)];
        }
        int from = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || packed[i] >>> indexBits != packed[from] >>> indexBits) {
                if (i - from > 1) {
                    Arrays.sort(entries, from, i, Projector.PROJECTION_ORDER);
                }
                from = i;
            }
        }
    }

    private static long primaryKey(Entry entry, long minDay) {
        long day = entry.occurredOn().date().toEpochDay() - minDay;
        int coarserFirst = 2 - entry.occurredOn().precision().ordinal(); // YEAR, MONTH, then DAY
        int reportLast = entry.measure() instanceof StaffLevelReported ? 1 : 0;
        return (day * 3 + coarserFirst) * 2 + reportLast;
    }

    private static boolean isSorted(Entry[] entries) {
        for (int i = 1; i < entries.length; i++) {
            if (Projector.PROJECTION_ORDER.compare(entries[i - 1], entries[i]) > 0) {
                return false;
            }
        }
        return true;
    }
}
