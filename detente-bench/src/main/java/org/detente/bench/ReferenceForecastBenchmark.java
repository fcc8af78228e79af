package org.detente.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.detente.forecast.BacktestResult;
import org.detente.forecast.ForecastCase;
import org.detente.forecast.ForecastRules;
import org.detente.forecast.LeaveOneOutBacktest;
import org.detente.forecast.ReferenceForecaster;
import org.detente.forecast.RoadmapForecast;
import org.detente.store.dataset.BundledDatasets;
import org.detente.store.dataset.Dataset;
import org.detente.store.format.FormatProblem;
import org.detente.store.format.RoadmapCodec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The reference-class forecast over the bundled datasets (docs/forecasting.md): the pooled forecast
 * of the US–Russia roadmap with 10,000 simulation runs, learning from every other bundled case
 * (target ≤ 200 ms on 2 cores), and the leave-one-case-out back-test over every bundled case
 * (target ≤ 10 s). Each includes observing the reference cases, as the commands do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class ReferenceForecastBenchmark {
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
    private List<ForecastCase> cases;
    private ForecastCase usRu;

    @Setup(Level.Trial)
    public void loadTheDatasets() {
        cases = new ArrayList<>();
        for (String id : BundledDatasets.DYADS) {
            Dataset dataset = BundledDatasets.read(id);
            List<FormatProblem> problems = new ArrayList<>();
            dataset.document("roadmap.yaml").flatMap(tree -> RoadmapCodec.decodeAgainst(tree, "roadmap.yaml",
                    dataset.definition(), dataset.entries(), problems))
                    .ifPresent(roadmap -> cases.add(new ForecastCase(dataset.definition(), roadmap, dataset.entries())));
        }
        usRu = cases.stream().filter(c -> c.dyad().id().equals("us-ru")).findFirst().orElseThrow();
    }

    @Benchmark
    public RoadmapForecast forecastOneDyad() {
        return new ReferenceForecaster(cases, ForecastRules.DEFAULTS).forecast(usRu, AS_OF);
    }

    @Benchmark
    public BacktestResult backtestAllCases() {
        return new LeaveOneOutBacktest(cases, ForecastRules.DEFAULTS).run();
    }
}
