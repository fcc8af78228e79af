package org.detente.bench;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.detente.model.Country;
import org.detente.model.Source;
import org.detente.model.TrackId;
import org.detente.roadmap.Goal;
import org.detente.roadmap.GoalId;
import org.detente.roadmap.Roadmap;
import org.detente.roadmap.RoadmapEvaluation;
import org.detente.roadmap.StaffAtLeast;
import org.detente.state.Projector;
import org.detente.state.RelationsState;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Evaluating a roadmap of {@code goals} goals with about five preconditions each (50,000 edges for
 * 10,000 goals) as of a date (target: ≤ 100 ms). A share {@code metShare} of the goals is met.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class RoadmapBenchmark {
    private static final Source SOURCE = new Source(URI.create("https://example.org/generated"), "Generated goal",
            "détente benchmark generator", LocalDate.of(2025, 1, 1));
    private static final TrackId TRACK = TrackId.of("diplomatic-relations");

    @Param("10000")
    int goals;

    @Param({"0.0", "0.3", "0.7"})
    double metShare;

    private Roadmap roadmap;
    private RelationsState state;

    @Setup(Level.Trial)
    public void build() {
        // One staff report of 50: "staff at least 50" is met, "at least 51" is not.
        SyntheticLedger ledger = SyntheticLedger.generate(50, 2_000, 1);
        state = Projector.of(ledger.definition(), ledger.entries()).stateAsOf(LocalDate.of(2026, 1, 1));
        int staff = state.staffOf(Country.of("US")).total().orElse(0);
        roadmap = Roadmap.of(goals(goals, 5, metShare, staff, 42));
        if (roadmap.evaluate(state).goals().size() != goals) {
            throw new IllegalStateException("the roadmap did not evaluate every goal");
        }
    }

    @Benchmark
    public RoadmapEvaluation evaluate() {
        return roadmap.evaluate(state);
    }

    /** Goal i needs about {@code edgesPerGoal} goals declared before it, mostly near ones, sometimes far. */
    static List<Goal> goals(int size, int edgesPerGoal, double metShare, int staff, long seed) {
        Random random = new Random(seed);
        List<Goal> result = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Set<GoalId> preconditions = new LinkedHashSet<>();
            int wanted = Math.min(i, edgesPerGoal);
            while (preconditions.size() < wanted) {
                int back = random.nextInt(4) == 0 ? 1 + random.nextInt(i) : 1 + random.nextInt(Math.min(i, 20));
                preconditions.add(GoalId.of("g" + (i - back)));
            }
            boolean met = random.nextDouble() < metShare;
            result.add(new Goal(GoalId.of("g" + i), TRACK, "Goal " + i, "",
                    new StaffAtLeast(Country.of("US"), met ? Math.max(staff, 1) : staff + 1,
                            Optional.empty()),
                    List.copyOf(preconditions), Optional.empty(), List.of(SOURCE)));
        }
        Collections.shuffle(result, random);
        return result;
    }
}
