package org.detente.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.detente.roadmap.Goals.STATE;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Invariants of the one-pass evaluator, checked against brute-force searches on small random DAGs.
 */
class RoadmapEvaluationPropertiesTest {
    private static final Gen<Long> SEEDS = longs().all();
    private static final Gen<Integer> SIZES = integers().between(1, 40);
    private static final Gen<Double> MET_SHARES = doubles().between(0, 1);

    private static Map<GoalId, GoalEvaluation> byId(RoadmapEvaluation evaluation) {
        Map<GoalId, GoalEvaluation> map = new HashMap<>();
        evaluation.goals().forEach(g -> map.put(g.id(), g));
        return map;
    }

    @Test
    void status_follows_the_criterion_and_the_preconditions() {
        qt().withExamples(300).forAll(SEEDS, SIZES, MET_SHARES)
                .checkAssert(RoadmapEvaluationPropertiesTest::status_follows_the_criterion_and_the_preconditions);
    }

    private static void status_follows_the_criterion_and_the_preconditions(long seed, int size, double metShare) {
        Roadmap roadmap = Roadmap.of(RandomRoadmaps.goals(seed, size, 3, metShare));
        Map<GoalId, GoalEvaluation> goals = byId(roadmap.evaluate(STATE));

        for (GoalEvaluation goal : goals.values()) {
            boolean criterionMet = goal.result().met();
            boolean allPreconditionsMet = goal.goal().preconditions().stream()
                    .allMatch(p -> goals.get(p).status() == GoalStatus.MET);
            GoalStatus expected = criterionMet ? GoalStatus.MET
                    : allPreconditionsMet ? GoalStatus.READY : GoalStatus.BLOCKED;
            assertThat(goal.status()).as(goal.id().value()).isEqualTo(expected);
            assertThat(goal.unmetPreconditions()).containsExactlyElementsOf(goal.goal().preconditions().stream()
                    .filter(p -> goals.get(p).status() != GoalStatus.MET).toList());
        }
    }

    @Test
    void root_blockers_and_unlock_counts_agree_with_a_search_of_the_unmet_goals() {
        qt().withExamples(300).forAll(SEEDS, SIZES, MET_SHARES)
                .checkAssert(RoadmapEvaluationPropertiesTest::root_blockers_and_unlock_counts_agree_with_a_search_of_the_unmet_goals);
    }

    private static void root_blockers_and_unlock_counts_agree_with_a_search_of_the_unmet_goals(long seed, int size,
                                                                                               double metShare) {
        Roadmap roadmap = Roadmap.of(RandomRoadmaps.goals(seed, size, 3, metShare));
        RoadmapEvaluation evaluation = roadmap.evaluate(STATE);
        Map<GoalId, GoalEvaluation> goals = byId(evaluation);

        Map<GoalId, Integer> unlocks = new HashMap<>();
        for (GoalEvaluation goal : goals.values()) {
            if (goal.status() != GoalStatus.BLOCKED) {
                assertThat(goal.rootBlockers()).isEmpty();
                continue;
            }
            Set<GoalId> roots = new HashSet<>();
            Deque<GoalId> queue = new ArrayDeque<>(goal.unmetPreconditions());
            Set<GoalId> seen = new HashSet<>(queue);
            while (!queue.isEmpty()) {
                GoalEvaluation next = goals.get(queue.poll());
                if (next.status() == GoalStatus.READY) {
                    roots.add(next.id());
                }
                for (GoalId p : next.unmetPreconditions()) {
                    if (seen.add(p)) {
                        queue.add(p);
                    }
                }
            }
            assertThat(goal.rootBlockers()).as(goal.id().value()).containsExactlyInAnyOrderElementsOf(roots);
            roots.forEach(r -> unlocks.merge(r, 1, Integer::sum));
        }
        List<NextStep> steps = evaluation.nextSteps();
        assertThat(steps).extracting(NextStep::goal)
                .containsExactlyInAnyOrderElementsOf(evaluation.withStatus(GoalStatus.READY).stream().map(GoalEvaluation::id).toList());
        for (NextStep step : steps) {
            assertThat(step.unlocks()).as(step.goal().value()).isEqualTo(unlocks.getOrDefault(step.goal(), 0));
        }
        for (int i = 1; i < steps.size(); i++) {
            assertThat(steps.get(i - 1).unlocks()).isGreaterThanOrEqualTo(steps.get(i).unlocks());
        }
    }

    @Test
    void the_critical_path_is_a_longest_chain_of_unmet_goals() {
        qt().withExamples(300).forAll(SEEDS, SIZES, MET_SHARES)
                .checkAssert(RoadmapEvaluationPropertiesTest::the_critical_path_is_a_longest_chain_of_unmet_goals);
    }

    private static void the_critical_path_is_a_longest_chain_of_unmet_goals(long seed, int size, double metShare) {
        Roadmap roadmap = Roadmap.of(RandomRoadmaps.goals(seed, size, 3, metShare));
        RoadmapEvaluation evaluation = roadmap.evaluate(STATE);
        Map<GoalId, GoalEvaluation> goals = byId(evaluation);
        Map<GoalId, Integer> longest = new HashMap<>();
        for (GoalId id : roadmap.topologicalOrder()) {
            GoalEvaluation goal = goals.get(id);
            int best = 0;
            for (GoalId p : goal.unmetPreconditions()) {
                best = Math.max(best, longest.get(p));
            }
            longest.put(id, goal.status() == GoalStatus.MET ? 0 : best + 1);
        }

        for (GoalEvaluation target : goals.values()) {
            CriticalPath path = evaluation.criticalPathTo(target.id());
            assertThat(path.length()).isEqualTo(longest.get(target.id())).isEqualTo(target.chainLength());
            if (path.length() > 0) {
                assertThat(goals.get(path.goals().get(0)).status()).isEqualTo(GoalStatus.READY);
            }
            for (int i = 1; i < path.length(); i++) {
                assertThat(goals.get(path.goals().get(i)).unmetPreconditions()).contains(path.goals().get(i - 1));
            }
        }
    }

    @Test
    void the_order_goals_are_given_in_changes_no_status() {
        qt().withExamples(100).forAll(SEEDS, SIZES)
                .checkAssert(RoadmapEvaluationPropertiesTest::the_order_goals_are_given_in_changes_no_status);
    }

    private static void the_order_goals_are_given_in_changes_no_status(long seed, int size) {
        List<Goal> goals = RandomRoadmaps.goals(seed, size, 3, 0.4);
        List<Goal> shuffled = new ArrayList<>(goals);
        Collections.shuffle(shuffled, new Random(seed + 1));

        Map<GoalId, GoalEvaluation> first = byId(Roadmap.of(goals).evaluate(STATE));
        Map<GoalId, GoalEvaluation> second = byId(Roadmap.of(shuffled).evaluate(STATE));

        for (GoalId id : first.keySet()) {
            assertThat(second.get(id).status()).isEqualTo(first.get(id).status());
            assertThat(second.get(id).rootBlockers()).containsExactlyInAnyOrderElementsOf(first.get(id).rootBlockers());
            assertThat(second.get(id).chainLength()).isEqualTo(first.get(id).chainLength());
        }
    }

    @Test
    void any_edge_back_from_a_goal_to_one_that_needs_it_is_rejected_as_a_cycle() {
        qt().withExamples(100).forAll(SEEDS, integers().between(2, 30))
                .checkAssert(RoadmapEvaluationPropertiesTest::any_edge_back_from_a_goal_to_one_that_needs_it_is_rejected_as_a_cycle);
    }

    private static void any_edge_back_from_a_goal_to_one_that_needs_it_is_rejected_as_a_cycle(long seed, int size) {
        List<Goal> goals = new ArrayList<>(RandomRoadmaps.goals(seed, size, 2, 0.5));
        Roadmap valid = Roadmap.of(goals);
        List<GoalId> order = valid.topologicalOrder();
        GoalId last = order.get(order.size() - 1);
        Optional<Goal> withPreconditions = goals.stream().filter(g -> !g.preconditions().isEmpty()).findFirst();
        GoalId needed = withPreconditions.map(g -> g.preconditions().get(0)).orElse(order.get(0));
        GoalId needing = withPreconditions.map(Goal::id).orElse(last);
        if (needed.equals(needing)) {
            return;
        }
        goals.replaceAll(g -> g.id().equals(needed) ? withPrecondition(g, needing) : g);

        assertThatThrownBy(() -> Roadmap.of(goals)).isInstanceOf(InvalidRoadmapException.class)
                .hasMessageContaining("preconditions form a cycle")
                .hasMessageContaining(needed.value()).hasMessageContaining(needing.value());
    }

    private static Goal withPrecondition(Goal goal, GoalId precondition) {
        List<GoalId> preconditions = new ArrayList<>(goal.preconditions());
        preconditions.add(precondition);
        return new Goal(goal.id(), goal.track(), goal.title(), goal.description(), goal.criterion(), preconditions,
                goal.targetRange(), goal.sources());
    }
}
