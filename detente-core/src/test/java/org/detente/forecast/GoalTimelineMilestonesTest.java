package org.detente.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.detente.fixtures.LedgerFixtures.entry;
import static org.detente.fixtures.LedgerFixtures.reported;
import static org.detente.fixtures.MissionFixtures.DEFINITION;
import static org.detente.fixtures.MissionFixtures.DIPLOMATIC_RELATIONS;
import static org.detente.fixtures.MissionFixtures.SOURCES;
import static org.detente.fixtures.MissionFixtures.US;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.detente.analysis.GoalMilestone;
import org.detente.ledger.Entry;
import org.detente.roadmap.Goal;
import org.detente.roadmap.GoalId;
import org.detente.roadmap.Roadmap;
import org.detente.roadmap.StaffAtLeast;
import org.detente.state.Projector;
import org.junit.jupiter.api.Test;

/** When a goal counts as met for the pace of talks, and the order the pace lists goals in. */
class GoalTimelineMilestonesTest {
    private static final LocalDate JUNE = LocalDate.of(2025, 6, 1);
    /** US staff: 10, then 50 (goal a met), 5 (lost), 60 (met again). */
    private static final List<Entry> LEDGER = List.of(
            entry("r1").by(US).on("2025-01-01").does(reported(10)),
            entry("r2").by(US).on("2025-03-01").does(reported(50)),
            entry("r3").by(US).on("2025-04-01").does(reported(5)),
            entry("r4").by(US).on("2025-05-01").does(reported(60)));

    private static Goal goal(String id, int staff, String... preconditions) {
        return new Goal(GoalId.of(id), DIPLOMATIC_RELATIONS, "Goal " + id, "", new StaffAtLeast(US, staff, Optional.empty()),
                java.util.Arrays.stream(preconditions).map(GoalId::of).toList(), Optional.empty(), SOURCES);
    }

    private static List<GoalMilestone> milestones(Roadmap roadmap, LocalDate asOf) {
        return GoalTimeline.of(roadmap, Projector.of(DEFINITION, LEDGER)::stateAsOf, LEDGER, asOf).milestones(roadmap);
    }

    @Test
    void a_goal_met_lost_and_met_again_counts_from_the_second_time() {
        Roadmap roadmap = Roadmap.of(List.of(goal("a", 50)));

        assertThat(milestones(roadmap, JUNE)).containsExactly(GoalMilestone.metOn("a", LocalDate.of(2025, 5, 1)));
        assertThat(milestones(roadmap, LocalDate.of(2025, 3, 15)))
                .containsExactly(GoalMilestone.metOn("a", LocalDate.of(2025, 3, 1)));
        assertThat(milestones(roadmap, LocalDate.of(2025, 4, 15))).containsExactly(GoalMilestone.open("a"));
    }

    @Test
    void goals_come_nearest_first_by_chain_length_then_in_roadmap_order() {
        Roadmap roadmap = Roadmap.of(List.of(goal("c", 100, "b"), goal("b", 100), goal("a", 50), goal("d", 100)));

        assertThat(milestones(roadmap, JUNE)).extracting(GoalMilestone::goalId).containsExactly("a", "b", "d", "c");
        assertThat(milestones(roadmap, JUNE)).filteredOn(m -> m.metOn().isEmpty()).hasSize(3);
    }
}
