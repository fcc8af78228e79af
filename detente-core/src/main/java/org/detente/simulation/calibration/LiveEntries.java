package org.detente.simulation.calibration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.detente.ledger.Entry;
import org.detente.ledger.EntryId;
import org.detente.ledger.Retraction;
import org.detente.model.Dyad;

/** The entries a calibration looks at: of one dyad, no retraction nor retracted entry, none after a day. */
final class LiveEntries {
    private LiveEntries() {
    }

    static List<Entry> of(Dyad dyad, Collection<Entry> entries, LocalDate to) {
        Objects.requireNonNull(entries, "entries is required");
        Set<EntryId> retracted = new HashSet<>();
        for (Entry entry : entries) {
            Objects.requireNonNull(entry, "entries must not contain null");
            if (!entry.dyad().equals(dyad)) {
                throw new IllegalArgumentException("entries must belong to " + dyad + ": " + entry.id() + " is of " + entry.dyad());
            }
            if (entry.measure() instanceof Retraction r) {
                retracted.add(r.retracts());
            }
        }
        List<Entry> kept = new ArrayList<>();
        for (Entry entry : entries) {
            if (!(entry.measure() instanceof Retraction) && !retracted.contains(entry.id())
                    && !entry.occurredOn().date().isAfter(to)) {
                kept.add(entry);
            }
        }
        return List.copyOf(kept);
    }
}
