package org.detente.bench;

import java.util.concurrent.TimeUnit;
import org.detente.simulation.Match;
import org.detente.simulation.MatchResult;
import org.detente.simulation.MatchRules;
import org.detente.simulation.Strategies;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Moves per second of the match engine on one core (target: ≥ 10 million). A move is one side's
 * choice in one round, so a match of {@value #TURNS} turns makes {@code 2 × TURNS} moves; the score
 * is reported in moves per second ({@link OperationsPerInvocation}). The pairs cover a
 * deterministic pair, a stateful strategy against a random one with noise (two draws per side per
 * round), and a memory-one strategy.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Threads(1)
public class MatchBenchmark {
    static final int TURNS = 10_000;

    @Param({"tit-for-tat|always-defect", "grit|random(0.5)|0.05", "memory-one(0.9, 0.9, 0.1, 0.8, 0.3)|win-stay-lose-shift|0.01"})
    String pair;

    private Match match;

    @Setup(Level.Trial)
    public void buildTheMatch() {
        String[] parts = pair.split("\\|");
        double noise = parts.length > 2 ? Double.parseDouble(parts[2]) : 0;
        match = new Match(Strategies.parse(parts[0]), Strategies.parse(parts[1]), MatchRules.standard(TURNS).withNoise(noise), 42);
    }

    @Benchmark
    @OperationsPerInvocation(2 * TURNS)
    public MatchResult playOneMatch() {
        return match.play();
    }
}
