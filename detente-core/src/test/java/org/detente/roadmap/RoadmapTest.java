package org.detente.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.list;
import static org.detente.fixtures.LedgerFixtures.entry;
import static org.detente.fixtures.LedgerFixtures.restrictionImposed;
import static org.detente.fixtures.MissionFixtures.DEFINITION;
import static org.detente.fixtures.MissionFixtures.RU;
import static org.detente.fixtures.MissionFixtures.SOURCES;
import static org.detente.roadmap.Goals.id;
import static org.detente.roadmap.Goals.ids;
import static org.detente.roadmap.Goals.met;
import static org.detente.roadmap.Goals.unmet;

import java.util.List;
import java.util.Optional;
import org.detente.model.MissionId;
import org.detente.model.MissionStatus;
import org.detente.model.RestrictionId;
import org.detente.model.RestrictionKind;
import org.detente.model.SanctionId;
import org.detente.model.SanctionStatus;
import org.detente.model.TrackId;
import org.junit.jupiter.api.Test;

class RoadmapTest {

    @Test
    void a_cycle_is_rejected_with_a_message_naming_its_goals_in_order() {
        List<Goal> goals = List.of(unmet("a", "c"), unmet("b", "a"), unmet("c", "b"), unmet("d", "a"));

        assertThatThrownBy(() -> Roadmap.of(goals))
                .isInstanceOf(InvalidRoadmapException.class)
                .hasMessageContaining("preconditions form a cycle: a → b → c → a")
                .extracting(e -> ((InvalidRoadmapException) e).problems(), list(RoadmapProblem.class))
                .hasSize(1);
    }

    @Test
    void every_separate_cycle_is_reported() {
        List<Goal> goals = List.of(unmet("a", "b"), unmet("b", "a"), unmet("x", "y"), unmet("y", "x"), unmet("ok"));

        assertThatThrownBy(() -> Roadmap.of(goals))
                .hasMessageContaining("a → b → a")
                .hasMessageContaining("x → y → x");
    }

    @Test
    void a_goal_cannot_be_its_own_precondition() {
        assertThatThrownBy(() -> unmet("a", "a")).hasMessageContaining("goal a: preconditions: a goal cannot be its own precondition");
    }

    @Test
    void unknown_preconditions_duplicate_ids_and_an_unknown_overall_goal_are_all_reported() {
        List<Goal> goals = List.of(unmet("a", "missing"), unmet("b"), unmet("b"));

        assertThatThrownBy(() -> Roadmap.of(goals, Optional.of(id("normalization"))))
                .isInstanceOf(InvalidRoadmapException.class)
                .hasMessageContaining("goal a: preconditions: no goal with id 'missing'")
                .hasMessageContaining("goal b: id: goal id 'b' is defined twice")
                .hasMessageContaining("roadmap: overallGoal: no goal with id 'normalization'");
    }

    @Test
    void the_topological_order_puts_preconditions_first_and_otherwise_the_goal_given_first() {
        Roadmap roadmap = Roadmap.of(List.of(unmet("top", "mid", "side"), unmet("mid", "base"), unmet("base"), unmet("side")));

        assertThat(roadmap.topologicalOrder()).containsExactlyElementsOf(ids("base", "mid", "side", "top"));
        assertThat(roadmap.goals()).extracting(Goal::id).containsExactlyElementsOf(ids("top", "mid", "base", "side"));
        assertThat(roadmap.graph().containsEdge(id("base"), id("mid"))).isTrue();
        assertThatThrownBy(() -> roadmap.graph().addVertex(id("new"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void references_are_checked_against_the_definitions_and_the_entries() {
        Goal unknownMission = new Goal(id("reopen"), TrackId.of("diplomatic-relations"), "Reopen", "",
                new MissionHasStatus(MissionId.of("ru-cg-atlantis"), MissionStatus.OPERATIONAL), List.of(),
                Optional.empty(), SOURCES);
        Goal unknownTrack = new Goal(id("blockade"), TrackId.of("no-such-track"), "Lift", "",
                new RestrictionNotInForce(RestrictionId.of("travel-rule")), List.of(), Optional.empty(), SOURCES);
        Goal unknownSanction = new Goal(id("banking"), TrackId.of("sanctions"), "Banking", "",
                new AllOf(List.of(new SanctionRelieved(SanctionId.of("aeroflot"), SanctionStatus.EASED), met("x").criterion())),
                List.of(), Optional.empty(), SOURCES);
        Roadmap roadmap = Roadmap.of(List.of(unknownMission, unknownTrack, unknownSanction));

        List<RoadmapProblem> problems = roadmap.problemsAgainst(DEFINITION,
                List.of(entry("travel").by(RU).on("2021-04-16").does(restrictionImposed("travel-rule", RestrictionKind.TRAVEL_NOTIFICATION))));

        assertThat(problems).extracting(RoadmapProblem::toString).containsExactly(
                "goal reopen: criterion.mission: no mission with id 'ru-cg-atlantis'",
                "goal blockade: track: no track with id 'no-such-track'",
                "goal banking: criterion.sanction: no entry imposes a sanction with id 'aeroflot'");
    }

    @Test
    void a_track_that_says_why_it_has_no_goals_may_not_have_any() {
        List<org.detente.model.Track> tracks = DEFINITION.tracks().stream()
                .map(t -> new org.detente.model.Track(t.id(), t.title(), t.sources(), t.confidence(), t.note(),
                        "No source names a goal on it."))
                .toList();
        org.detente.model.DyadDefinition explained = new org.detente.model.DyadDefinition(DEFINITION.dyad(),
                DEFINITION.countries(), tracks, DEFINITION.missions(), DEFINITION.channels(), DEFINITION.airLinks(),
                DEFINITION.conditions());
        org.detente.model.Track used = tracks.get(0);
        Goal goal = new Goal(id("lift"), used.id(), "Lift", "",
                new RestrictionNotInForce(RestrictionId.of("travel-rule")), List.of(), Optional.empty(), SOURCES);
        List<org.detente.ledger.Entry> entries = List.of(entry("travel").by(RU).on("2021-04-16")
                .does(restrictionImposed("travel-rule", RestrictionKind.TRAVEL_NOTIFICATION)));

        assertThat(Roadmap.of(List.of(goal)).problemsAgainst(explained, entries)).extracting(RoadmapProblem::toString)
                .containsExactly("roadmap: track: track '" + used.id() + "' has goals, yet its whyNoGoals says why it "
                        + "has none: remove one or the other");
        assertThat(Roadmap.of(List.of(goal)).problemsAgainst(DEFINITION, entries)).isEmpty();
    }
}
