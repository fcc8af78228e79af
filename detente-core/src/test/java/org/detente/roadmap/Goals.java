package org.detente.roadmap;

import static org.detente.fixtures.MissionFixtures.SOURCES;
import static org.detente.fixtures.MissionFixtures.US;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.detente.fixtures.MissionFixtures;
import org.detente.model.TrackId;
import org.detente.state.Projector;
import org.detente.state.RelationsState;

/**
 * Hand-made goals for graph tests. A goal's criterion is "US staff at least k" and the state has
 * {@link #STAFF} US staff, so {@link #met} and {@link #unmet} decide which goals are met.
 */
final class Goals {
    static final int STAFF = 50;
    static final TrackId TRACK = MissionFixtures.DIPLOMATIC_RELATIONS;
    static final RelationsState STATE = Projector.of(MissionFixtures.DEFINITION, List.of(
                    org.detente.fixtures.LedgerFixtures.entry("us-staff").by(US).on("2025-01-01")
                            .does(org.detente.fixtures.LedgerFixtures.reported(STAFF))))
            .stateAsOf(LocalDate.of(2025, 6, 1));

    private Goals() {
    }

    static GoalId id(String value) {
        return GoalId.of(value);
    }

    static Goal met(String id, String... preconditions) {
        return goal(id, true, preconditions);
    }

    static Goal unmet(String id, String... preconditions) {
        return goal(id, false, preconditions);
    }

    static Goal goal(String id, boolean met, String... preconditions) {
        return new Goal(GoalId.of(id), TRACK, "Goal " + id, "", criterion(met), ids(preconditions), Optional.empty(),
                SOURCES);
    }

    static Criterion criterion(boolean met) {
        return new StaffAtLeast(US, met ? STAFF : STAFF + 1, Optional.empty());
    }

    static List<GoalId> ids(String... values) {
        List<GoalId> ids = new ArrayList<>();
        Arrays.stream(values).map(GoalId::of).forEach(ids::add);
        return ids;
    }
}
