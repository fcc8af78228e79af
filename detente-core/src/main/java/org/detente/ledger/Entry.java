package org.detente.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.detente.model.Confidence;
import org.detente.model.Country;
import org.detente.model.Dyad;
import org.detente.model.HistoricalDate;
import org.detente.model.Source;
import org.detente.model.Text;

/**
 * The envelope of a ledger entry: a measure with what every entry shares — its id, the dyad,
 * who acted on whom, the two times ({@code occurredOn} in the world, {@code recordedAt} in the
 * ledger), the sources, the author, and the sequence number the store gave it (0 before it is
 * stored). Entries are immutable; corrections are {@link Retraction} entries.
 */
public record Entry(EntryId id, long sequence, Dyad dyad, Country actor, Country target, HistoricalDate occurredOn,
                    Instant recordedAt, String author, List<Source> sources, Optional<EntryId> respondsTo,
                    Confidence confidence, String note, Measure measure, Optional<Contest> contested) {
    public Entry {
        Objects.requireNonNull(contested, "contested is required (empty when no source disputes the entry)");
        Objects.requireNonNull(id, "id is required");
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative, got " + sequence);
        }
        Objects.requireNonNull(dyad, "dyad is required");
        Objects.requireNonNull(actor, "actor is required");
        Objects.requireNonNull(target, "target is required");
        if (actor.equals(target)) {
            throw new IllegalArgumentException("actor and target must differ, both are " + actor);
        }
        if (!dyad.includes(actor)) {
            throw new IllegalArgumentException("actor " + actor + " is not a party of " + dyad);
        }
        if (!dyad.includes(target)) {
            throw new IllegalArgumentException("target " + target + " is not a party of " + dyad);
        }
        Objects.requireNonNull(occurredOn, "occurredOn is required");
        Objects.requireNonNull(recordedAt, "recordedAt is required");
        author = Text.require(author, "author");
        if (sources == null || sources.isEmpty()) {
            throw new IllegalArgumentException("sources: at least one source is required");
        }
        sources = List.copyOf(sources);
        Objects.requireNonNull(respondsTo, "respondsTo is required (empty when none)");
        if (respondsTo.isPresent() && respondsTo.get().equals(id)) {
            throw new IllegalArgumentException("respondsTo: an entry cannot respond to itself");
        }
        Objects.requireNonNull(confidence, "confidence is required");
        note = Text.optional(note);
        Objects.requireNonNull(measure, "measure is required");
    }

    /** An entry no source disputes. */
    public Entry(EntryId id, long sequence, Dyad dyad, Country actor, Country target, HistoricalDate occurredOn,
                 Instant recordedAt, String author, List<Source> sources, Optional<EntryId> respondsTo,
                 Confidence confidence, String note, Measure measure) {
        this(id, sequence, dyad, actor, target, occurredOn, recordedAt, author, sources, respondsTo, confidence, note,
                measure, Optional.empty());
    }

    /** How the entry stands against its sources (and the sources of a dispute, when contested). */
    public Corroboration corroboration() {
        if (contested.isEmpty()) {
            return Corroboration.of(sources, false);
        }
        List<Source> all = new java.util.ArrayList<>(sources);
        all.addAll(contested.get().sources());
        return Corroboration.of(all, true);
    }

    public MeasureType type() {
        return measure.type();
    }

    /** Whether the entry had been recorded by the moment of knowledge (always, when there is none). */
    public boolean isKnownAt(Optional<Instant> knownAt) {
        return knownAt.isEmpty() || !recordedAt.isAfter(knownAt.get());
    }

    /** This entry as stored under {@code sequence}. */
    public Entry withSequence(long newSequence) {
        return new Entry(id, newSequence, dyad, actor, target, occurredOn, recordedAt, author, sources, respondsTo,
                confidence, note, measure, contested);
    }

    /** This entry as recorded at another moment by another author (the store assigns both). */
    public Entry recorded(Instant at, String by) {
        return new Entry(id, sequence, dyad, actor, target, occurredOn, at, by, sources, respondsTo, confidence, note,
                measure, contested);
    }
}
