package org.detente.bench;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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
 * The state of relations as of a random date on a ledger of {@code entries} entries across
 * {@code missions} missions, once the ledger is loaded (target: ≤ 50 ms for 1,000,000 entries).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class ProjectionBenchmark {
    @Param("1000000")
    int entries;

    @Param("50")
    int missions;

    private Projector projector;
    private SplittableRandom random;

    @Setup(Level.Trial)
    public void loadTheLedger() {
        SyntheticLedger ledger = SyntheticLedger.generate(missions, entries, 42);
        projector = Projector.of(ledger.definition(), ledger.entries());
        random = new SplittableRandom(7);
    }

    @Benchmark
    public RelationsState stateAsOfARandomDate() {
        return projector.stateAsOf(SyntheticLedger.FIRST_DAY.plusDays(random.nextInt(SyntheticLedger.DAYS)));
    }

    @Benchmark
    public RelationsState stateAsOfTheLastDay() {
        return projector.stateAsOf(LocalDate.of(2026, 1, 1));
    }
}
