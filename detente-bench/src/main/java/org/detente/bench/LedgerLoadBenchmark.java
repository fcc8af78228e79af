package org.detente.bench;

import java.util.concurrent.TimeUnit;
import org.detente.state.Projector;
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
 * Loading a ledger of {@code entries} entries: sorting it into projection order, applying
 * retractions and building the snapshots (target: ≤ 2 s for 1,000,000 entries).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class LedgerLoadBenchmark {
    @Param("1000000")
    int entries;

    private SyntheticLedger ledger;

    @Setup(Level.Trial)
    public void generate() {
        ledger = SyntheticLedger.generate(50, entries, 42);
    }

    @Benchmark
    public Projector loadTheLedger() {
        return Projector.of(ledger.definition(), ledger.entries());
    }
}
