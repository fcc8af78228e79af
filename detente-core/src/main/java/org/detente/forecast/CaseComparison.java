package org.detente.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.detente.roadmap.GoalId;
import org.detente.roadmap.GoalKind;
import org.detente.roadmap.GoalStatus;

/**
 * The cases side by side on one time axis, measured from each case's trigger, as the
 * reference-class forecast observes them ({@link ForecastCase#history}, durations from
 * {@link CaseHistory#goalDurations}): the dyad asked about as of the date asked for, every other
 * case as of its last entry but never after that date (what was not known by then is not shown
 * beside it). The dashboard's comparison page and the briefing's comparison section both read it.
 */
public final class CaseComparison {
    private final List<CaseRow> rows;

    /**
     * @param cases every case, in the order to show them
     * @param dyad  the id of the dyad asked about
     * @param asOf  the date asked for
     */
    public CaseComparison(List<ForecastCase> cases, String dyad, LocalDate asOf) {
        Objects.requireNonNull(cases, "cases is required");
        Objects.requireNonNull(dyad, "dyad is required");
        Objects.requireNonNull(asOf, "asOf is required");
        List<CaseRow> built = new ArrayList<>();
        for (ForecastCase source : cases) {
            boolean current = source.dyad().id().equals(dyad);
            Optional<LocalDate> last = source.lastEntryDate();
            LocalDate until = current || last.isEmpty() || last.get().isAfter(asOf) ? asOf : last.get();
            CaseHistory history = source.history(until);
            List<KindCell> cells = new ArrayList<>();
            for (GoalKind kind : GoalKind.values()) {
                Map<GoalId, Observation> durations = history.goalDurations(kind);
                boolean held = source.roadmap().goals().stream().anyMatch(g -> g.kind().filter(kind::equals).isPresent());
                Optional<Empty> empty = !durations.isEmpty() ? Optional.empty()
                        : Optional.of(!held ? Empty.NO_GOAL_OF_KIND
                        : history.trigger().isEmpty() ? Empty.NO_TRIGGER_YET : Empty.MET_BEFORE_TRIGGER);
                cells.add(new KindCell(kind, durations, empty));
            }
            built.add(new CaseRow(source, current, history, cells));
        }
        this.rows = List.copyOf(built);
    }

    /** One row per case, in the order given. */
    public List<CaseRow> rows() {
        return rows;
    }

    /** Why a case shows no duration for a kind. */
    public enum Empty {
        /** The case's roadmap has no goal of the kind. */
        NO_GOAL_OF_KIND,
        /** The case's trigger is not named, or not held by the end of observation: nothing is timed. */
        NO_TRIGGER_YET,
        /** Every goal of the kind was met before the trigger, so none was waited for. */
        MET_BEFORE_TRIGGER
    }

    /**
     * One case.
     *
     * @param source  the case
     * @param current whether it is the dyad asked about
     * @param history what it shows by the end of its observation ({@link CaseHistory#observedUntil()})
     * @param cells   one per goal kind, in the vocabulary's order
     */
    public record CaseRow(ForecastCase source, boolean current, CaseHistory history, List<KindCell> cells) {
        public CaseRow {
            Objects.requireNonNull(source, "source is required");
            Objects.requireNonNull(history, "history is required");
            cells = List.copyOf(cells);
        }

        /** The goals met by the end of observation. */
        public long goalsMet() {
            return history.goals().stream().filter(g -> g.status() == GoalStatus.MET).count();
        }
    }

    /**
     * The goals of one kind of one case.
     *
     * @param kind      the kind
     * @param durations each goal's duration from the trigger, in roadmap order (met, or open and censored)
     * @param empty     why {@code durations} is empty (empty when it is not)
     */
    public record KindCell(GoalKind kind, Map<GoalId, Observation> durations, Optional<Empty> empty) {
        public KindCell {
            Objects.requireNonNull(kind, "kind is required");
            durations = Collections.unmodifiableMap(new LinkedHashMap<>(durations)); // roadmap order kept
            Objects.requireNonNull(empty, "empty is required (empty when there are durations)");
            if (durations.isEmpty() == empty.isEmpty()) {
                throw new IllegalArgumentException(kind + ": either durations or the reason there are none");
            }
        }
    }
}
