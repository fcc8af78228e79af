package org.detente.bench;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.detente.ledger.MeasureType;
import org.detente.roadmap.Roadmap;
import org.detente.roadmap.RoadmapEvaluation;
import org.detente.simulation.Strategies;
import org.detente.simulation.calibration.Calibration;
import org.detente.simulation.calibration.CalibrationRules;
import org.detente.simulation.calibration.ForecastResult;
import org.detente.simulation.calibration.ForecastSettings;
import org.detente.simulation.calibration.GoalPace;
import org.detente.simulation.calibration.MonteCarloForecast;
import org.detente.simulation.calibration.ReactionCalibration;
import org.detente.simulation.calibration.SidePolicy;
import org.detente.state.Projector;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The calibrated Monte Carlo forecast on the bundled US–Russia dataset and roadmap: {@code runs}
 * runs over {@code months} months (target: ≤ 2 s for 10,000 runs of 24 months on 2 cores), in
 * parallel on the common fork-join pool and, for comparison, in one thread. The US plays
 * {@code usPlays} ({@code observed}: its calibrated reactions); Russia keeps its observed reactions.
 * {@code calibrateAndForecast} adds the calibration and the pace, as {@code detente simulate
 * forecast} does once the dataset is loaded.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class ForecastBenchmark {
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);

    @Param("10000")
    int runs;

    @Param("24")
    int months;

    @Param({"observed", "grit"})
    String usPlays;

    private Dataset dataset;
    private Projector projector;
    private Roadmap roadmap;
    private RoadmapEvaluation start;
    private MonteCarloForecast forecast;

    @Setup(Level.Trial)
    public void loadTheDataset() {
        dataset = BundledDatasets.read("us-ru");
        projector = Projector.of(dataset.definition(), dataset.entries());
        List<FormatProblem> problems = new ArrayList<>();
        roadmap = RoadmapCodec.decodeAgainst(dataset.document("roadmap.yaml").orElseThrow(), "roadmap.yaml",
                dataset.definition(), dataset.entries(), problems).orElseThrow(() -> new IllegalStateException(problems.toString()));
        start = roadmap.evaluate(projector::stateAsOf, AS_OF);
        forecast = build();
    }

    private MonteCarloForecast build() {
        LocalDate from = dataset.entries().stream().map(e -> e.occurredOn().date()).min(LocalDate::compareTo).orElseThrow();
        Calibration calibration = new ReactionCalibration(dataset.definition().dyad(), dataset.entries(),
                new CalibrationRules(from, AS_OF, CalibrationRules.DEFAULT_WINDOW_DAYS)).estimate();
        LocalDate talks = dataset.entries().stream().filter(e -> e.type() == MeasureType.TALKS_HELD)
                .map(e -> e.occurredOn().date()).min(LocalDate::compareTo).orElse(from);
        GoalPace pace = GoalPace.observe(roadmap, projector::stateAsOf, dataset.definition().dyad(), dataset.entries(), talks, AS_OF);
        SidePolicy us = usPlays.equals("observed") ? new SidePolicy.Observed() : new SidePolicy.Plays(Strategies.parse(usPlays));
        return new MonteCarloForecast(roadmap, start, calibration, us, new SidePolicy.Observed(), pace,
                new ForecastSettings(YearMonth.from(AS_OF).plusMonths(1), months, runs, 42));
    }

    @Benchmark
    public ForecastResult forecastInParallel() {
        return forecast.runInParallel();
    }

    @Benchmark
    public ForecastResult forecastInOneThread() {
        return forecast.run();
    }

    @Benchmark
    public ForecastResult calibrateAndForecast() {
        return build().runInParallel();
    }
}
