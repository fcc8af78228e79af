package org.detente.ledger;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.detente.model.Source;
import org.detente.model.Text;

/**
 * Whether an entry of a ledger may be retracted, decided from the ledger alone: the answer is a
 * typed outcome, never an exception, so every face words the refusal its own way (a 404, a 409, a
 * message on the page). An entry may be retracted once; a retraction itself is never retracted
 * (record the entry again under a new id instead).
 */
public sealed interface RetractionDecision {

    /** The retraction may be recorded: of {@code target}, for {@code reason}, citing {@code sources}. */
    record Allowed(Entry target, Retraction measure, List<Source> sources) implements RetractionDecision {
        public Allowed {
            Objects.requireNonNull(target, "target is required");
            Objects.requireNonNull(measure, "measure is required");
            sources = List.copyOf(sources);
        }
    }

    /** The ledger holds no entry with that id. */
    record UnknownEntry(EntryId id) implements RetractionDecision {
    }

    /** The entry named is itself a retraction. */
    record IsARetraction(EntryId id) implements RetractionDecision {
    }

    /** The entry named is retracted already, by {@code by}. */
    record AlreadyRetracted(EntryId id, Entry by) implements RetractionDecision {
    }

    /**
     * The decision on retracting {@code id} from {@code ledger} for {@code reason}, citing
     * {@code sources} when given, else the sources of the entry retracted.
     *
     * @throws IllegalArgumentException when {@code reason} is blank (a retraction says why)
     */
    static RetractionDecision decide(List<Entry> ledger, EntryId id, String reason, Optional<List<Source>> sources) {
        Objects.requireNonNull(ledger, "ledger is required");
        Objects.requireNonNull(id, "id is required");
        String why = Text.require(reason, "reason");
        Objects.requireNonNull(sources, "sources is required (empty for the retracted entry's own)");
        Optional<Entry> target = ledger.stream().filter(e -> e.id().equals(id)).findFirst();
        if (target.isEmpty()) {
            return new UnknownEntry(id);
        }
        if (target.get().measure() instanceof Retraction) {
            return new IsARetraction(id);
        }
        Optional<Entry> earlier = ledger.stream()
                .filter(e -> e.measure() instanceof Retraction r && r.retracts().equals(id)).findFirst();
        if (earlier.isPresent()) {
            return new AlreadyRetracted(id, earlier.get());
        }
        return new Allowed(target.get(), new Retraction(id, why), sources.orElse(target.get().sources()));
    }
}
