package org.detente.roadmap;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.detente.state.RelationsState;

/**
 * What a criterion is evaluated against: the state as of the date asked for and, when available,
 * the history to look up the state at another date. Earlier states are memoized, so ten thousand
 * criteria that share a baseline date cost one projection. Not thread-safe: one per evaluation.
 */
public final class CriterionContext {
    private final RelationsState state;
    private final StateHistory history;
    private final Map<LocalDate, RelationsState> earlier = new HashMap<>();

    private CriterionContext(RelationsState state, StateHistory history) {
        this.state = Objects.requireNonNull(state, "state is required");
        this.history = history;
    }

    /** A context with the state only: criteria that need another date report that date's figures as unknown. */
    public static CriterionContext of(RelationsState state) {
        return new CriterionContext(state, null);
    }

    /** A context that can look up the state at other dates through {@code history}. */
    public static CriterionContext of(RelationsState state, StateHistory history) {
        return new CriterionContext(state, Objects.requireNonNull(history, "history is required"));
    }

    public RelationsState state() {
        return state;
    }

    public LocalDate asOf() {
        return state.asOf();
    }

    /** The state as of {@code date}, when a history was given. */
    public Optional<RelationsState> stateAsOf(LocalDate date) {
        if (date.equals(state.asOf())) {
            return Optional.of(state);
        }
        if (history == null) {
            return Optional.empty();
        }
        return Optional.of(earlier.computeIfAbsent(date, history::stateAsOf));
    }
}
