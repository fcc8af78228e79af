package org.detente.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.detente.analysis.GoldsteinEscalationIndex;
import org.detente.analysis.GreedyReciprocityPairing;
import org.detente.analysis.MonthlyEscalation;
import org.detente.analysis.ReciprocityReport;
import org.detente.ledger.Entry;
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
 * Reciprocity pairing (and the escalation index) over a ledger of {@code entries} entries
 * (target: pairing ≤ 2 s for 1,000,000). The entries come in projection order, as the projector
 * of a loaded ledger gives them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class ReciprocityBenchmark {
    @Param("1000000")
    int entries;

    private List<Entry> ordered;

    @Setup(Level.Trial)
    public void load() {
        SyntheticLedger ledger = SyntheticLedger.generate(50, entries, 42);
        ordered = Projector.of(ledger.definition(), ledger.entries()).entries();
    }

    @Benchmark
    public ReciprocityReport pairMeasuresWithResponses() {
        return new GreedyReciprocityPairing(ordered).pair();
    }

    @Benchmark
    public List<MonthlyEscalation> escalationIndex() {
        return new GoldsteinEscalationIndex(ordered).monthly();
    }
}
