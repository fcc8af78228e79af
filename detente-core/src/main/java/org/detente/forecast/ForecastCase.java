package org.detente.forecast;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.detente.ledger.Entry;
import org.detente.ledger.Retraction;
import org.detente.model.Dyad;
import org.detente.model.DyadDefinition;
import org.detente.roadmap.Roadmap;
import org.detente.state.Projector;

/**
 * One case a forecast may be asked about or learn from: a dyad's definitions, its whole ledger and
 * its roadmap (whose {@link Roadmap#trigger()} starts the clock and whose goal kinds make it
 * comparable). Immutable.
 */
public record ForecastCase(DyadDefinition definition, Roadmap roadmap, List<Entry> entries) {
    public ForecastCase {
        Objects.requireNonNull(definition, "definition is required");
        Objects.requireNonNull(roadmap, "roadmap is required");
        entries = List.copyOf(Objects.requireNonNull(entries, "entries is required"));
    }

    public Dyad dyad() {
        return definition.dyad();
    }

    /** The case as the ledger knew it at {@code knownAt}: only entries recorded by then (all when empty). */
    public ForecastCase knownAt(Optional<Instant> knownAt) {
        Objects.requireNonNull(knownAt, "knownAt is required (empty for everything recorded)");
        if (knownAt.isEmpty()) {
            return this;
        }
        return new ForecastCase(definition, roadmap, entries.stream().filter(e -> e.isKnownAt(knownAt)).toList());
    }

    /** The day the last entry (not a retraction) occurred on; empty for an empty ledger. */
    public Optional<LocalDate> lastEntryDate() {
        return entries.stream().filter(e -> !(e.measure() instanceof Retraction))
                .map(e -> e.occurredOn().date()).max(LocalDate::compareTo);
    }

    /** What the case shows as of {@code asOf}, over the entries it holds. */
    public CaseHistory history(LocalDate asOf) {
        return CaseHistory.observe(this, Projector.of(definition, entries), asOf);
    }
}
