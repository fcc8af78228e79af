package org.detente.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.detente.roadmap.Goals.STATE;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The size: 10,000 goals and about 50,000 precondition edges evaluate in one pass with
 * consistent results. How fast is measured by the JMH benchmark {@code RoadmapBenchmark}
 * (detente-bench), not here: a timed unit test would only be flaky.
 */
class RoadmapSizeTest {

    @Test
    void ten_thousand_goals_with_fifty_thousand_edges_evaluate_in_one_pass() {
        List<Goal> goals = RandomRoadmaps.goals(42, 10_000, 5, 0.3);
        Roadmap roadmap = Roadmap.of(goals);
        int edges = goals.stream().mapToInt(g -> g.preconditions().size()).sum();

        RoadmapEvaluation evaluation = roadmap.evaluate(STATE);

        assertThat(edges).isBetween(49_900, 50_000);
        assertThat(evaluation.goals()).hasSize(10_000);
        assertThat(evaluation.nextSteps()).isNotEmpty();
        assertThat(evaluation.goals()).allSatisfy(g -> {
            if (g.status() == GoalStatus.READY) {
                assertThat(g.unmetPreconditions()).isEmpty();
            }
            if (g.status() == GoalStatus.BLOCKED) {
                assertThat(g.unmetPreconditions()).isNotEmpty();
                assertThat(g.rootBlockers()).isNotEmpty();
            }
        });
    }
}
