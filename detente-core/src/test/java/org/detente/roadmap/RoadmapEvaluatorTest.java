package org.detente.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.detente.roadmap.Goals.STATE;
import static org.detente.roadmap.Goals.id;
import static org.detente.roadmap.Goals.ids;
import static org.detente.roadmap.Goals.met;
import static org.detente.roadmap.Goals.unmet;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoadmapEvaluatorTest {

    private static GoalEvaluation goal(RoadmapEvaluation evaluation, String id) {
        return evaluation.goal(id(id)).orElseThrow();
    }

    @Test
    void a_goal_is_ready_when_its_preconditions_are_met_and_blocked_down_the_chain() {
        RoadmapEvaluation evaluation = Roadmap.of(List.of(
                met("staff"), unmet("visas", "staff"), unmet("flights", "visas"), unmet("tourism", "flights"))).evaluate(STATE);

        assertThat(goal(evaluation, "staff").status()).isEqualTo(GoalStatus.MET);
        assertThat(goal(evaluation, "visas").status()).isEqualTo(GoalStatus.READY);
        assertThat(goal(evaluation, "flights").status()).isEqualTo(GoalStatus.BLOCKED);
        assertThat(goal(evaluation, "flights").unmetPreconditions()).containsExactlyElementsOf(ids("visas"));
        assertThat(goal(evaluation, "tourism").status()).isEqualTo(GoalStatus.BLOCKED);
        assertThat(goal(evaluation, "tourism").unmetPreconditions()).containsExactlyElementsOf(ids("flights"));
        assertThat(goal(evaluation, "tourism").rootBlockers()).containsExactlyElementsOf(ids("visas"));
    }

    @Test
    void root_blockers_are_the_ready_goals_reached_back_through_unmet_preconditions() {
        RoadmapEvaluation evaluation = Roadmap.of(List.of(
                unmet("peace"), unmet("staff"), met("talks"), unmet("visas", "staff", "talks"),
                unmet("banking"), unmet("flights", "visas", "banking"), unmet("normalization", "peace", "flights")))
                .evaluate(STATE);

        assertThat(goal(evaluation, "normalization").rootBlockers())
                .containsExactlyInAnyOrderElementsOf(ids("peace", "staff", "banking"));
        assertThat(goal(evaluation, "visas").rootBlockers()).containsExactlyElementsOf(ids("staff"));
        assertThat(goal(evaluation, "peace").rootBlockers()).isEmpty();
    }

    @Test
    void a_met_goal_stays_met_even_when_reached_out_of_order() {
        RoadmapEvaluation evaluation = Roadmap.of(List.of(unmet("peace"), met("flights", "peace"))).evaluate(STATE);

        assertThat(goal(evaluation, "flights").status()).isEqualTo(GoalStatus.MET);
        assertThat(goal(evaluation, "flights").unmetPreconditions()).containsExactlyElementsOf(ids("peace"));
        assertThat(goal(evaluation, "flights").chainLength()).isZero();
    }

    @Test
    void next_steps_rank_ready_goals_by_how_many_blocked_goals_they_unlock() {
        // staff unlocks visas, flights, normalization (3); banking unlocks flights, normalization (2);
        // peace unlocks normalization (1); tea unlocks nothing.
        RoadmapEvaluation evaluation = Roadmap.of(List.of(
                unmet("tea"), unmet("peace"), unmet("banking"), unmet("staff"), unmet("visas", "staff"),
                unmet("flights", "visas", "banking"), unmet("normalization", "peace", "flights"))).evaluate(STATE);

        assertThat(evaluation.nextSteps()).containsExactly(
                new NextStep(id("staff"), 3, 1),
                new NextStep(id("banking"), 2, 0),
                new NextStep(id("peace"), 1, 0),
                new NextStep(id("tea"), 0, 0));
    }

    @Test
    void ties_in_unlocks_go_to_the_goal_that_alone_blocks_more_then_to_the_order_given() {
        // a, b and c each unlock 2; a alone blocks both of its goals, b and c only together.
        RoadmapEvaluation evaluation = Roadmap.of(List.of(
                unmet("b"), unmet("c"), unmet("a"), unmet("x", "a"), unmet("y", "a"), unmet("u", "b", "c"),
                unmet("v", "b", "c"))).evaluate(STATE);

        assertThat(evaluation.nextSteps()).containsExactly(
                new NextStep(id("a"), 2, 2),
                new NextStep(id("b"), 2, 0),
                new NextStep(id("c"), 2, 0));
    }

    @Test
    void the_critical_path_is_the_longest_chain_of_unmet_preconditions_to_the_overall_goal() {
        Roadmap roadmap = Roadmap.of(List.of(
                unmet("peace"), unmet("staff"), met("talks"), unmet("visas", "staff", "talks"),
                unmet("banking"), unmet("flights", "visas", "banking"), unmet("normalization", "peace", "flights")),
                Optional.of(id("normalization")));

        RoadmapEvaluation evaluation = roadmap.evaluate(STATE);

        assertThat(evaluation.criticalPath()).hasValueSatisfying(path -> {
            assertThat(path.goals()).containsExactlyElementsOf(ids("staff", "visas", "flights", "normalization"));
            assertThat(path.length()).isEqualTo(4);
        });
        assertThat(goal(evaluation, "normalization").chainLength()).isEqualTo(4);
        assertThat(evaluation.criticalPathTo(id("flights")).goals()).containsExactlyElementsOf(ids("staff", "visas", "flights"));
        assertThat(evaluation.criticalPathTo(id("talks")).goals()).isEmpty();
    }

    @Test
    void without_an_overall_goal_there_is_no_critical_path() {
        assertThat(Roadmap.of(List.of(unmet("a"))).evaluate(STATE).criticalPath()).isEmpty();
    }

    @Test
    void goals_are_reported_in_the_order_given_whatever_the_graph_order() {
        RoadmapEvaluation evaluation = Roadmap.of(List.of(unmet("z", "y"), unmet("y", "x"), met("x"))).evaluate(STATE);

        assertThat(evaluation.goals()).extracting(GoalEvaluation::id).containsExactlyElementsOf(ids("z", "y", "x"));
        assertThat(evaluation.withStatus(GoalStatus.READY)).extracting(GoalEvaluation::id).containsExactlyElementsOf(ids("y"));
    }
}
