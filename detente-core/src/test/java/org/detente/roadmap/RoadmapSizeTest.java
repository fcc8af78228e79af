package org.detente.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.detente.roadmap.Goals.STATE;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The size: 10,000 goals and about 50,000 precondition edges evaluated in well under
 * 100 ms on a developer machine. The JMH benchmark measures it precisely; this test only catches
 * an evaluator that turned quadratic (a per-goal search costs seconds here), so its bound is loose.
 */
class RoadmapSizeTest {

    @Test
    void ten_thousand_goals_with_fifty_thousand_edges_evaluate_in_one_pass() {
        List<Goal> goals = RandomRoadmaps.goals(42, 10_000, 5, 0.3);
        Roadmap roadmap = Roadmap.of(goals);
        int edges = goals.stream().mapToInt(g -> g.preconditions().size()).sum();

        long[] nanos = new long[7];
        RoadmapEvaluation evaluation = null;
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            evaluation = roadmap.evaluate(STATE);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);

        assertThat(edges).isBetween(49_900, 50_000);
        assertThat(evaluation.goals()).hasSize(10_000);
        assertThat(evaluation.nextSteps()).isNotEmpty();
        assertThat(nanos[nanos.length / 2] / 1_000_000).as("median ms of evaluate").isLessThan(1_000);
    }
}
