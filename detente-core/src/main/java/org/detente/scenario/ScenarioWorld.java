package org.detente.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.detente.ledger.Entry;
import org.detente.model.DyadDefinition;
import org.detente.state.Projector;
import org.detente.state.RelationsState;

/**
 * One side of a scenario's comparison: a projector over the entries of that world (the ledger,
 * or the ledger with the scenario's entries), the date asked for and the state as of it. Analyses
 * that need more than one state (pace, escalation over a window) ask the projector for other dates.
 */
public record ScenarioWorld(Projector projector, LocalDate asOf, RelationsState state) {
    public ScenarioWorld {
        Objects.requireNonNull(projector, "projector is required");
        Objects.requireNonNull(asOf, "asOf is required");
        Objects.requireNonNull(state, "state is required");
        if (!state.asOf().equals(asOf)) {
            throw new IllegalArgumentException("state is as of " + state.asOf() + ", not " + asOf);
        }
    }

    static ScenarioWorld of(Projector projector, LocalDate asOf) {
        return new ScenarioWorld(projector, asOf, projector.stateAsOf(asOf));
    }

    public DyadDefinition definition() {
        return projector.definition();
    }

    /** Every entry of this world, retractions included, in projection order. */
    public List<Entry> entries() {
        return projector.entries();
    }
}
