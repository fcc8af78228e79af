package org.detente.roadmap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Random goal DAGs for property and size tests: goal i may only need goals declared with a lower number. */
final class RandomRoadmaps {
    private RandomRoadmaps() {
    }

    /**
     * {@code size} goals with about {@code edgesPerGoal} preconditions each, a share {@code metShare}
     * met, declared in a shuffled order; the same for the same seed.
     */
    static List<Goal> goals(long seed, int size, int edgesPerGoal, double metShare) {
        Random random = new Random(seed);
        List<Goal> goals = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Set<String> preconditions = new LinkedHashSet<>();
            int wanted = Math.min(i, edgesPerGoal);
            while (preconditions.size() < wanted) {
                // Mostly near neighbours, sometimes far: long chains and wide fans both occur.
                int back = random.nextInt(4) == 0 ? 1 + random.nextInt(i) : 1 + random.nextInt(Math.min(i, 20));
                preconditions.add("g" + (i - back));
            }
            goals.add(Goals.goal("g" + i, random.nextDouble() < metShare, preconditions.toArray(new String[0])));
        }
        Collections.shuffle(goals, random);
        return goals;
    }
}
