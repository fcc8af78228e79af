package org.detente.simulation.calibration;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.detente.roadmap.Goal;
import org.detente.roadmap.GoalEvaluation;
import org.detente.roadmap.GoalId;
import org.detente.roadmap.GoalStatus;
import org.detente.roadmap.NextStep;
import org.detente.roadmap.Roadmap;
import org.detente.roadmap.RoadmapEvaluation;
import org.detente.simulation.Move;
import org.detente.simulation.StrategyStepper;

/**
 * A Monte Carlo forecast of a roadmap: month after month each side makes a move — conciliatory,
 * punitive, or (for a side that keeps its observed reactions) none — and months of mutual
 * conciliation meet goals. A stylised model, not a prediction; {@code docs/simulation.md} states it
 * with its assumptions.
 *
 * <p><b>A side's move</b> in month t:
 * <ul>
 *   <li>{@link SidePolicy.Observed}: look at the other side's move in month t − L, L being the
 *       side's {@link ReactionProfile#lagMonths()} (before the start: none). After a punitive move it
 *       answers in kind with probability p<sub>P</sub>, after a conciliatory one with probability
 *       p<sub>C</sub>. Otherwise it acts unprompted: punitive with probability
 *       {@link Initiatives#punitiveRate()}, else conciliatory with probability
 *       {@link Initiatives#conciliatoryRate()}, else it stays quiet. p<sub>P</sub> and p<sub>C</sub>
 *       are drawn once per run from their Jeffreys posteriors Beta(k + ½, n − k + ½), so that a
 *       reaction seen 3 times out of 4 carries its uncertainty into the spread of the results.</li>
 *   <li>{@link SidePolicy.Plays}: the strategy's move, one round a month (cooperate = conciliatory,
 *       defect = punitive), seeing the other side's quiet months as cooperation.</li>
 * </ul>
 *
 * <p><b>Goals.</b> Goals met at the start stay met (nothing un-meets a goal). In a month in which
 * both sides conciliated, the first goal in priority order that is not met and whose preconditions
 * are all met is met with probability h = {@link GoalPace#probabilityPerMutualMonth()}; at most one
 * goal a month. Priority: the READY goals in the order of the start's next steps (most unlocked
 * first), then every other goal in topological order. A month with a punitive move meets nothing:
 * punishment delays, it does not undo.
 *
 * <p><b>Escalation.</b> A month's net index is the sum over both sides of the mean Goldstein weight
 * of the move's stance in the side's profile (0 for a quiet month).
 *
 * <p><b>Reproducibility.</b> Run r draws from streams seeded from SplitMix64(seed + r·γ), one for
 * each side and one for the goals, and writes only its own slots of the result arrays; the
 * aggregation runs afterwards in run order. So {@link #run()} and {@link #runInParallel()} give equal
 * results. Cost: O(runs · (months + goals)) time and O(runs · (months + goals)) memory, then a sort
 * per month and per goal.
 */
public final class MonteCarloForecast {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final long STREAM_GAMMA = 0xD1B54A32D192ED03L;
    private static final int POSTERIOR_QUANTILES = 256;
    private static final int NEVER = Integer.MAX_VALUE;
    private static final byte QUIET = 0;
    private static final byte CONCILIATORY = 1;
    private static final byte PUNITIVE = 2;

    private final Roadmap roadmap;
    private final Calibration calibration;
    private final SidePolicy first;
    private final SidePolicy second;
    private final ForecastSettings settings;
    private final double goalProbability;
    private final GoalStatus[] startStatus;
    private final int[][] preconditions;
    private final int[] priority;
    private final SideModel modelFirst;
    private final SideModel modelSecond;

    /**
     * A forecast of {@code roadmap} from its evaluation {@code start}, with the sides calibrated by
     * {@code calibration} and playing {@code first} and {@code second} (in the dyad's order), goals met
     * at the pace {@code pace}.
     */
    public MonteCarloForecast(Roadmap roadmap, RoadmapEvaluation start, Calibration calibration, SidePolicy first,
                              SidePolicy second, GoalPace pace, ForecastSettings settings) {
        this.roadmap = Objects.requireNonNull(roadmap, "roadmap is required");
        Objects.requireNonNull(start, "start is required");
        this.calibration = Objects.requireNonNull(calibration, "calibration is required");
        this.first = Objects.requireNonNull(first, "first is required");
        this.second = Objects.requireNonNull(second, "second is required");
        this.settings = Objects.requireNonNull(settings, "settings is required");
        this.goalProbability = Objects.requireNonNull(pace, "pace is required").probabilityPerMutualMonth();

        List<Goal> goals = roadmap.goals();
        Map<GoalId, Integer> index = new HashMap<>();
        for (int i = 0; i < goals.size(); i++) {
            index.put(goals.get(i).id(), i);
        }
        startStatus = new GoalStatus[goals.size()];
        for (GoalEvaluation evaluation : start.goals()) {
            Integer i = index.get(evaluation.id());
            if (i == null) {
                throw new IllegalArgumentException("start evaluates goal '" + evaluation.id() + "', which the roadmap lacks");
            }
            startStatus[i] = evaluation.status();
        }
        for (int i = 0; i < startStatus.length; i++) {
            if (startStatus[i] == null) {
                throw new IllegalArgumentException("start does not evaluate goal '" + goals.get(i).id() + "' of the roadmap");
            }
        }
        preconditions = new int[goals.size()][];
        for (int i = 0; i < goals.size(); i++) {
            preconditions[i] = goals.get(i).preconditions().stream().mapToInt(index::get).toArray();
        }
        int[] order = new int[goals.size()];
        boolean[] ranked = new boolean[goals.size()];
        int ranks = 0;
        for (NextStep step : start.nextSteps()) {
            int i = index.get(step.goal());
            if (!ranked[i]) {
                ranked[i] = true;
                order[ranks++] = i;
            }
        }
        for (GoalId id : roadmap.topologicalOrder()) {
            int i = index.get(id);
            if (startStatus[i] != GoalStatus.MET && !ranked[i]) {
                ranked[i] = true;
                order[ranks++] = i;
            }
        }
        priority = Arrays.copyOf(order, ranks);
        modelFirst = new SideModel(calibration.first(), first, settings.months());
        modelSecond = new SideModel(calibration.second(), second, settings.months());
    }

    /** Makes every run, one after the other. */
    public ForecastResult run() {
        return run(IntStream.range(0, settings.runs()), ForecastProgress.NONE);
    }

    /** Makes the runs in parallel on the common fork-join pool; the result equals {@link #run()}'s. */
    public ForecastResult runInParallel() {
        return runInParallel(ForecastProgress.NONE);
    }

    /** Makes the runs in parallel, telling {@code progress} about a hundred times. */
    public ForecastResult runInParallel(ForecastProgress progress) {
        return run(IntStream.range(0, settings.runs()).parallel(), Objects.requireNonNull(progress, "progress is required"));
    }

    private ForecastResult run(IntStream runs, ForecastProgress progress) {
        int n = settings.runs();
        int months = settings.months();
        int goals = startStatus.length;
        int[] metMonth = new int[n * goals];
        byte[] movesFirst = new byte[n * months];
        byte[] movesSecond = new byte[n * months];
        AtomicInteger done = new AtomicInteger();
        int step = Math.max(1, n / 100);
        runs.forEach(r -> {
            simulate(r, metMonth, movesFirst, movesSecond);
            int finished = done.incrementAndGet();
            if (finished % step == 0 || finished == n) {
                progress.runsDone(finished, n);
            }
        });
        return new ForecastResult(settings, first, second, goalProbability, goalOutlooks(metMonth),
                monthOutlooks(movesFirst, movesSecond));
    }

    private void simulate(int run, int[] metMonth, byte[] movesFirst, byte[] movesSecond) {
        long runSeed = mix(settings.seed() + GOLDEN_GAMMA * (run + 1L));
        UniformRandomProvider rngFirst = stream(runSeed, 1);
        UniformRandomProvider rngSecond = stream(runSeed, 2);
        UniformRandomProvider rngGoals = stream(runSeed, 3);
        SideModel.Run a = modelFirst.start(rngFirst);
        SideModel.Run b = modelSecond.start(rngSecond);
        int months = settings.months();
        int offset = run * months;
        int goals = startStatus.length;
        boolean[] met = new boolean[goals];
        int goalOffset = run * goals;
        for (int g = 0; g < goals; g++) {
            met[g] = startStatus[g] == GoalStatus.MET;
            metMonth[goalOffset + g] = NEVER;
        }
        for (int m = 0; m < months; m++) {
            byte moveA = a.next(m, movesSecond, offset, rngFirst);
            byte moveB = b.next(m, movesFirst, offset, rngSecond);
            movesFirst[offset + m] = moveA;
            movesSecond[offset + m] = moveB;
            a.record(moveA, moveB);
            b.record(moveB, moveA);
            if (moveA == CONCILIATORY && moveB == CONCILIATORY && rngGoals.nextDouble() < goalProbability) {
                int next = nextGoal(met);
                if (next >= 0) {
                    met[next] = true;
                    metMonth[goalOffset + next] = m;
                }
            }
        }
    }

    private int nextGoal(boolean[] met) {
        for (int candidate : priority) {
            if (met[candidate]) {
                continue;
            }
            boolean ready = true;
            for (int pre : preconditions[candidate]) {
                ready &= met[pre];
            }
            if (ready) {
                return candidate;
            }
        }
        return -1;
    }

    private List<GoalOutlook> goalOutlooks(int[] metMonth) {
        int n = settings.runs();
        int goals = startStatus.length;
        List<GoalOutlook> outlooks = new ArrayList<>(goals);
        int[] column = new int[n];
        for (int g = 0; g < goals; g++) {
            GoalId id = roadmap.goals().get(g).id();
            if (startStatus[g] == GoalStatus.MET) {
                outlooks.add(new GoalOutlook(id, GoalStatus.MET, Optional.empty(), Optional.empty(), Optional.empty(), 0));
                continue;
            }
            int never = 0;
            for (int r = 0; r < n; r++) {
                column[r] = metMonth[r * goals + g];
                never += column[r] == NEVER ? 1 : 0;
            }
            Arrays.sort(column);
            outlooks.add(new GoalOutlook(id, startStatus[g], month(column, 0.1), month(column, 0.5), month(column, 0.9),
                    (double) never / n, metByMonth(column)));
        }
        return outlooks;
    }

    /** For each month, the share of the sorted met months that are at most it. */
    private List<Double> metByMonth(int[] sorted) {
        List<Double> shares = new ArrayList<>(settings.months());
        int i = 0;
        for (int m = 0; m < settings.months(); m++) {
            while (i < sorted.length && sorted[i] <= m) {
                i++;
            }
            shares.add((double) i / sorted.length);
        }
        return shares;
    }

    private Optional<YearMonth> month(int[] sorted, double q) {
        int value = sorted[nearestRank(sorted.length, q)];
        return value == NEVER ? Optional.empty() : Optional.of(settings.start().plusMonths(value));
    }

    private List<MonthOutlook> monthOutlooks(byte[] movesFirst, byte[] movesSecond) {
        int n = settings.runs();
        int months = settings.months();
        double[] weightsFirst = modelFirst.weights();
        double[] weightsSecond = modelSecond.weights();
        List<MonthOutlook> outlooks = new ArrayList<>(months);
        double[] net = new double[n];
        for (int m = 0; m < months; m++) {
            double sumFirst = 0;
            double sumSecond = 0;
            int mutual = 0;
            for (int r = 0; r < n; r++) {
                byte a = movesFirst[r * months + m];
                byte b = movesSecond[r * months + m];
                sumFirst += weightsFirst[a];
                sumSecond += weightsSecond[b];
                net[r] = weightsFirst[a] + weightsSecond[b];
                mutual += a == CONCILIATORY && b == CONCILIATORY ? 1 : 0;
            }
            Arrays.sort(net);
            outlooks.add(new MonthOutlook(settings.start().plusMonths(m), (sumFirst + sumSecond) / n,
                    net[nearestRank(n, 0.1)], net[nearestRank(n, 0.5)], net[nearestRank(n, 0.9)],
                    sumFirst / n, sumSecond / n, (double) mutual / n));
        }
        return outlooks;
    }

    // Nearest rank: the smallest value with at least q of the values at or below it.
    private static int nearestRank(int n, double q) {
        return Math.max(0, (int) Math.ceil(q * n) - 1);
    }

    private static UniformRandomProvider stream(long runSeed, int stream) {
        return RandomSource.XO_RO_SHI_RO_128_PP.create(mix(runSeed + STREAM_GAMMA * stream));
    }

    // The SplitMix64 finalizer (Steele, Lea and Flood 2014): consecutive inputs give unrelated outputs.
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** One side's fixed inputs; {@link #start} makes its per-run state. */
    private static final class SideModel {
        private final SidePolicy policy;
        private final int capacity;
        private final int lag;
        private final double[] punitiveQuantiles;
        private final double[] conciliatoryQuantiles;
        private final double punitiveRate;
        private final double conciliatoryRate;
        private final double[] weights;

        SideModel(ReactionProfile profile, SidePolicy policy, int capacity) {
            this.policy = policy;
            this.capacity = capacity;
            this.lag = profile.lagMonths();
            this.punitiveQuantiles = posterior(profile.punitive());
            this.conciliatoryQuantiles = posterior(profile.conciliatory());
            this.punitiveRate = profile.initiatives().punitiveRate();
            this.conciliatoryRate = profile.initiatives().conciliatoryRate();
            this.weights = new double[] {0, profile.conciliatoryWeight(), profile.punitiveWeight()};
        }

        double[] weights() {
            return weights;
        }

        // The Jeffreys posterior Beta(k + 1/2, n - k + 1/2) at the midpoints of 256 equal slices:
        // drawing a slice uniformly approximates a draw from the posterior, without a sampler library.
        private static double[] posterior(Reaction reaction) {
            BetaDistribution beta = BetaDistribution.of(reaction.answered() + 0.5, reaction.trials() - reaction.answered() + 0.5);
            double[] quantiles = new double[POSTERIOR_QUANTILES];
            for (int i = 0; i < quantiles.length; i++) {
                quantiles[i] = beta.inverseCumulativeProbability((i + 0.5) / POSTERIOR_QUANTILES);
            }
            return quantiles;
        }

        Run start(UniformRandomProvider rng) {
            if (policy instanceof SidePolicy.Plays plays) {
                return new Playing(new StrategyStepper(plays.strategy(), capacity));
            }
            return new Reacting(punitiveQuantiles[rng.nextInt(POSTERIOR_QUANTILES)],
                    conciliatoryQuantiles[rng.nextInt(POSTERIOR_QUANTILES)]);
        }

        /** One side in one run. */
        interface Run {
            /** This side's move in month {@code month}, the other side's moves at {@code other[offset ..]}. */
            byte next(int month, byte[] other, int offset, UniformRandomProvider rng);

            void record(byte own, byte other);
        }

        private final class Reacting implements Run {
            private final double answerPunitive;
            private final double answerConciliatory;

            Reacting(double answerPunitive, double answerConciliatory) {
                this.answerPunitive = answerPunitive;
                this.answerConciliatory = answerConciliatory;
            }

            @Override
            public byte next(int month, byte[] other, int offset, UniformRandomProvider rng) {
                byte seen = month >= lag ? other[offset + month - lag] : QUIET;
                double u = rng.nextDouble();
                if (seen == PUNITIVE && u < answerPunitive) {
                    return PUNITIVE;
                }
                if (seen == CONCILIATORY && u < answerConciliatory) {
                    return CONCILIATORY;
                }
                double v = rng.nextDouble();
                if (v < punitiveRate) {
                    return PUNITIVE;
                }
                return v < punitiveRate + conciliatoryRate ? CONCILIATORY : QUIET;
            }

            @Override
            public void record(byte own, byte other) {
                // The reactions read the other side's moves straight from the run's arrays.
            }
        }

        private static final class Playing implements Run {
            private final StrategyStepper stepper;

            Playing(StrategyStepper stepper) {
                this.stepper = stepper;
            }

            @Override
            public byte next(int month, byte[] other, int offset, UniformRandomProvider rng) {
                return stepper.next(rng) == Move.COOPERATE ? CONCILIATORY : PUNITIVE;
            }

            @Override
            public void record(byte own, byte other) {
                stepper.record(own == PUNITIVE ? Move.DEFECT : Move.COOPERATE, other == PUNITIVE ? Move.DEFECT : Move.COOPERATE);
            }
        }
    }
}
