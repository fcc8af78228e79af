package org.detente.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.detente.app.service.DyadLedger;
import org.detente.app.usecase.DyadBasis;
import org.detente.app.usecase.ForecastQuery;
import org.detente.app.usecase.Question;
import org.detente.app.usecase.UseCases;
import org.detente.forecast.ForecastRules;
import org.detente.forecast.OwnPaceForecast;
import org.detente.forecast.RoadmapForecast;
import org.detente.ledger.Entry;
import org.detente.ledger.MeasureType;
import org.detente.model.Country;
import org.detente.model.Dyad;
import org.detente.roadmap.RoadmapEvaluation;
import org.detente.simulation.Match;
import org.detente.simulation.MatchResult;
import org.detente.simulation.MatchRules;
import org.detente.simulation.Strategies;
import org.detente.simulation.Strategy;
import org.detente.simulation.Tournament;
import org.detente.simulation.TournamentResult;
import org.detente.simulation.calibration.Calibration;
import org.detente.simulation.calibration.CalibrationRules;
import org.detente.simulation.calibration.ForecastResult;
import org.detente.simulation.calibration.ForecastSettings;
import org.detente.simulation.calibration.GoalOutlook;
import org.detente.simulation.calibration.GoalPace;
import org.detente.simulation.calibration.MonteCarloForecast;
import org.detente.simulation.calibration.MonthOutlook;
import org.detente.simulation.calibration.Reaction;
import org.detente.simulation.calibration.ReactionCalibration;
import org.detente.simulation.calibration.ReactionProfile;
import org.detente.simulation.calibration.SidePolicy;
import org.detente.store.format.ForecastShape;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine;

/**
 * {@code detente simulate}: the escalation simulator. {@code match} plays two strategies against
 * each other, {@code tournament} a round robin, {@code forecast} the calibrated Monte Carlo forecast
 * of a dyad's roadmap (docs/simulation.md). Every random draw derives from {@code --seed}, so a
 * command repeated with the same arguments prints the same result.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "The escalation simulator: iterated prisoner's dilemma matches and tournaments, and a forecast "
                + "of the roadmap calibrated on the ledger.",
        subcommands = {SimulateCommand.MatchCommand.class, SimulateCommand.TournamentCommand.class,
                SimulateCommand.ForecastCommand.class})
final class SimulateCommand implements Runnable {
    private static final int MOVES_SHOWN = 60;

    @ParentCommand
    DetenteCli cli;

    @Override
    public void run() {
        new CommandLine(this).usage(cli.out);
    }

    /** {@code detente simulate match}. */
    @Command(name = "match", mixinStandardHelpOptions = true,
            description = "Plays one iterated prisoner's dilemma between two strategies (payoffs 3, 0, 5, 1).")
    static final class MatchCommand implements Runnable {
        @ParentCommand
        SimulateCommand parent;

        @Option(names = "--a", required = true, paramLabel = "STRATEGY", description = "Side A's strategy, e.g. tit-for-tat or random(0.3).")
        String a;

        @Option(names = "--b", required = true, paramLabel = "STRATEGY", description = "Side B's strategy.")
        String b;

        @Mixin
        GameOptions game;

        @Override
        public void run() {
            MatchRules rules = game.rules();
            Strategy strategyA = strategy("--a", a);
            Strategy strategyB = strategy("--b", b);
            MatchResult result = new Match(strategyA, strategyB, rules, game.seed).play();
            PrintWriter out = parent.cli.out;
            if (game.json) {
                Map<String, Object> shape = new LinkedHashMap<>();
                shape.put("strategies", sides(result.nameA(), result.nameB()));
                shape.put("turns", rules.turns());
                shape.put("noise", rules.noise());
                shape.put("seed", game.seed);
                shape.put("scores", sides(number(result.scoreA()), number(result.scoreB())));
                shape.put("cooperationRates", sides(result.cooperationRateA(), result.cooperationRateB()));
                shape.put("moves", sides(result.movesA().toString(), result.movesB().toString()));
                out.println(Json.write(shape));
                return;
            }
            out.println("détente · match: " + result.nameA() + " (a) vs " + result.nameB() + " (b), " + rules.turns()
                    + " turns, noise " + rules.noise() + ", seed " + game.seed);
            out.println();
            TextTable table = new TextTable("SIDE", "STRATEGY", "SCORE", "COOPERATION", "MOVES");
            table.row("a", result.nameA(), number(result.scoreA()), percent(result.cooperationRateA()), shown(result.movesA().toString()));
            table.row("b", result.nameB(), number(result.scoreB()), percent(result.cooperationRateB()), shown(result.movesB().toString()));
            table.print(out, "  ");
            out.println();
            out.println("Score a/b: " + number(result.scoreA()) + "/" + number(result.scoreB()));
        }
    }

    /** {@code detente simulate tournament}. */
    @Command(name = "tournament", mixinStandardHelpOptions = true,
            description = "Plays a round robin (every pair once per repetition, no self-play) and ranks the strategies.")
    static final class TournamentCommand implements Runnable {
        @ParentCommand
        SimulateCommand parent;

        @Option(names = "--players", required = true, paramLabel = "A,B,...",
                description = "Two or more strategies, comma-separated, e.g. tit-for-tat,always-defect,grit(5).")
        String players;

        @Option(names = "--repetitions", paramLabel = "R", defaultValue = "1",
                description = "How many times the round robin is played (default: ${DEFAULT-VALUE}).")
        int repetitions;

        @Mixin
        GameOptions game;

        @Override
        public void run() {
            MatchRules rules = game.rules();
            if (repetitions < 1) {
                throw new UsageException("--repetitions must be at least 1, got " + repetitions);
            }
            List<Strategy> entrants = new ArrayList<>();
            for (String spec : splitTopLevel(players)) {
                entrants.add(strategy("--players", spec));
            }
            if (entrants.size() < 2) {
                throw new UsageException("--players needs at least 2 strategies, got " + entrants.size() + " in '" + players + "'");
            }
            Tournament tournament;
            try {
                tournament = new Tournament(entrants, rules, repetitions, game.seed);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--players: " + e.getMessage());
            }
            ProgressBar bar = ProgressBar.onTerminal(parent.cli.err, "matches");
            TournamentResult result = tournament.playInParallel(bar);
            bar.finish();
            PrintWriter out = parent.cli.out;
            if (game.json) {
                Map<String, Object> shape = new LinkedHashMap<>();
                shape.put("turns", rules.turns());
                shape.put("repetitions", repetitions);
                shape.put("noise", rules.noise());
                shape.put("seed", game.seed);
                List<Object> rows = new ArrayList<>();
                for (TournamentResult.Standing standing : result.standings()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("rank", standing.rank());
                    row.put("name", standing.name());
                    row.put("score", number(standing.score()));
                    rows.add(row);
                }
                shape.put("players", rows);
                out.println(Json.write(shape));
                return;
            }
            out.println("détente · round robin of " + entrants.size() + " strategies, " + rules.turns() + " turns a match, "
                    + repetitions + " repetition(s), noise " + rules.noise() + ", seed " + game.seed);
            out.println("Score: the total of a strategy's matches in one repetition, averaged over the repetitions.");
            out.println();
            TextTable table = new TextTable("RANK", "STRATEGY", "SCORE");
            result.standings().forEach(s -> table.row(s.rank(), s.name(), number(s.score())));
            table.print(out, "  ");
        }
    }

    /** {@code detente simulate forecast}. */
    @Command(name = "forecast", mixinStandardHelpOptions = true,
            description = "A Monte Carlo forecast of the roadmap: each side moves monthly as calibrated on the ledger "
                    + "(or plays a strategy); months of mutual conciliation meet goals. A stylised model, not a "
                    + "prediction: see docs/simulation.md.")
    static final class ForecastCommand implements Runnable {
        @ParentCommand
        SimulateCommand parent;

        @Mixin
        DyadOptions options;

        @Mixin
        KnownAtOption knownAt;

        @Option(names = "--months", paramLabel = "N", defaultValue = "24",
                description = "Months simulated, from the month after --as-of (default: ${DEFAULT-VALUE}).")
        int months;

        @Option(names = "--runs", paramLabel = "N", defaultValue = "10000", description = "Monte Carlo runs (default: ${DEFAULT-VALUE}).")
        int runs;

        @Option(names = "--strategy-us", paramLabel = "STRATEGY",
                description = "Let the US play this strategy instead of its observed reactions, e.g. grit.")
        String strategyUs;

        @Option(names = "--strategy-ru", paramLabel = "STRATEGY",
                description = "Let Russia play this strategy instead of its observed reactions.")
        String strategyRu;

        @Option(names = "--since", paramLabel = "DATE",
                description = "Calibrate on the ledger from this date (default: its first entry).",
                converter = QuestionConverters.Date.class)
        LocalDate since;

        @Option(names = "--window", paramLabel = "DAYS", defaultValue = "90",
                description = "Days within which an answer counts (default: ${DEFAULT-VALUE}).")
        int window;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of every draw (default: ${DEFAULT-VALUE}).")
        long seed;

        @Override
        public void run() {
            if (months < 1 || months > ForecastSettings.MAX_MONTHS) {
                throw new UsageException("--months must be between 1 and " + ForecastSettings.MAX_MONTHS + ", got " + months);
            }
            if (runs < 1 || runs > ForecastSettings.MAX_RUNS) {
                throw new UsageException("--runs must be between 1 and " + ForecastSettings.MAX_RUNS + ", got " + runs);
            }
            if (window < 1) {
                throw new UsageException("--window must be at least 1 day, got " + window);
            }
            DetenteCli cli = parent.cli;
            Question question = options.question(cli.today(), knownAt);
            LocalDate asOf = question.asOf();
            UseCases useCases = cli.useCases(options.database.url());
            DyadBasis analyses = useCases.bases().basis(question);
            Dyad dyad = analyses.dyad();
            Map<Country, SidePolicy> policies = new LinkedHashMap<>();
            policies.put(dyad.first(), new SidePolicy.Observed());
            policies.put(dyad.second(), new SidePolicy.Observed());
            policy(dyad, policies, "US", "--strategy-us", strategyUs);
            policy(dyad, policies, "RU", "--strategy-ru", strategyRu);

            ProgressBar bar = ProgressBar.onTerminal(cli.err, "runs");
            ForecastQuery.ForecastAnswer forecast;
            try {
                forecast = useCases.forecast().answer(question, new ForecastQuery.Request(
                        new ForecastRules(months, runs, seed, window), policies.get(dyad.first()),
                        policies.get(dyad.second()), Optional.ofNullable(since), bar, true));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--" + e.getMessage());
            }
            bar.finish();
            OwnPaceForecast own = forecast.own().orElseThrow(() -> new UsageException(
                    "the ledger of " + dyad + " holds no entry to calibrate on"));
            Calibration calibration = own.calibration();
            LocalDate paceFrom = own.paceFrom();
            GoalPace pace = own.pace();
            ForecastResult result = own.result();
            RoadmapForecast reference = forecast.reference().orElseThrow();
            Map<String, String> titles = analyses.goalTitles();
            if (options.json) {
                Map<String, Object> shape = shape(dyad, asOf, calibration, paceFrom, pace, result, titles);
                shape.put("reference", ForecastShape.of(reference, titles));
                cli.out.println(Json.write(shape));
            } else {
                print(cli.out, dyad, asOf, calibration, paceFrom, pace, result, titles);
                cli.out.println();
                PaceCommand.printReference(cli.out, reference, titles);
            }
        }

        private static void policy(Dyad dyad, Map<Country, SidePolicy> policies, String code, String option, String spec) {
            if (spec == null) {
                return;
            }
            Country country = Country.of(code);
            if (!dyad.includes(country)) {
                throw new UsageException(option + ": " + code + " is not a party of " + dyad);
            }
            policies.put(country, new SidePolicy.Plays(strategy(option, spec)));
        }
    }

    // ---- shapes and text ------------------------------------------------------------------------

    private static Map<String, Object> shape(Dyad dyad, LocalDate asOf, Calibration calibration, LocalDate paceFrom,
                                             GoalPace pace, ForecastResult result, Map<String, String> titles) {
        Map<String, Object> shape = new LinkedHashMap<>();
        shape.put("dyad", dyad.id());
        shape.put("asOf", asOf.toString());
        shape.put("start", result.settings().start().toString());
        shape.put("end", result.settings().end().toString());
        shape.put("months", result.settings().months());
        shape.put("runs", result.settings().runs());
        shape.put("seed", result.settings().seed());
        Map<String, Object> cal = new LinkedHashMap<>();
        cal.put("from", calibration.rules().from().toString());
        cal.put("to", calibration.rules().to().toString());
        cal.put("windowDays", calibration.rules().windowDays());
        cal.put("sides", List.of(side(calibration.first(), result.first()), side(calibration.second(), result.second())));
        shape.put("calibration", cal);
        Map<String, Object> paceShape = new LinkedHashMap<>();
        paceShape.put("from", paceFrom.toString());
        paceShape.put("to", asOf.toString());
        paceShape.put("goalsMet", pace.goalsMet());
        paceShape.put("mutualConciliationMonths", pace.mutualConciliationMonths());
        paceShape.put("goalProbability", result.goalProbability());
        shape.put("pace", paceShape);
        List<Object> goals = new ArrayList<>();
        for (GoalOutlook goal : result.goals()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", goal.goal().value());
            row.put("title", titles.getOrDefault(goal.goal().value(), ""));
            row.put("startStatus", goal.startStatus().name());
            row.put("p10", goal.p10().map(YearMonth::toString).orElse(null));
            row.put("p50", goal.p50().map(YearMonth::toString).orElse(null));
            row.put("p90", goal.p90().map(YearMonth::toString).orElse(null));
            row.put("neverShare", goal.neverShare());
            goals.add(row);
        }
        shape.put("goals", goals);
        List<Object> months = new ArrayList<>();
        for (MonthOutlook month : result.months()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("month", month.month().toString());
            row.put("mean", month.mean());
            row.put("p10", month.p10());
            row.put("p50", month.p50());
            row.put("p90", month.p90());
            row.put(dyad.first().code(), month.meanFirst());
            row.put(dyad.second().code(), month.meanSecond());
            row.put("mutualConciliationShare", month.mutualConciliationShare());
            months.add(row);
        }
        shape.put("escalation", months);
        return shape;
    }

    private static Map<String, Object> side(ReactionProfile profile, SidePolicy policy) {
        Map<String, Object> side = new LinkedHashMap<>();
        side.put("country", profile.side().code());
        side.put("plays", policy.describe());
        side.put("punitive", reaction(profile.punitive()));
        side.put("conciliatory", reaction(profile.conciliatory()));
        Map<String, Object> initiatives = new LinkedHashMap<>();
        initiatives.put("monthsObserved", profile.initiatives().monthsObserved());
        initiatives.put("punitiveMonths", profile.initiatives().punitiveMonths());
        initiatives.put("conciliatoryMonths", profile.initiatives().conciliatoryMonths());
        side.put("initiatives", initiatives);
        side.put("lagMonths", profile.lagMonths());
        side.put("punitiveWeight", profile.punitiveWeight());
        side.put("conciliatoryWeight", profile.conciliatoryWeight());
        return side;
    }

    private static Map<String, Object> reaction(Reaction reaction) {
        Map<String, Object> shape = new LinkedHashMap<>();
        shape.put("trials", reaction.trials());
        shape.put("answered", reaction.answered());
        shape.put("probability", orNull(reaction.probability()));
        shape.put("medianLagDays", orNull(reaction.medianLagDays()));
        shape.put("meanLagDays", orNull(reaction.meanLagDays()));
        shape.put("meanMagnitudeRatio", orNull(reaction.meanMagnitudeRatio()));
        return shape;
    }

    private static void print(PrintWriter out, Dyad dyad, LocalDate asOf, Calibration calibration, LocalDate paceFrom,
                              GoalPace pace, ForecastResult result, Map<String, String> titles) {
        ForecastSettings settings = result.settings();
        out.println("détente · " + dyad + " forecast, " + settings.start() + " to " + settings.end() + ": " + settings.runs()
                + " runs, seed " + settings.seed());
        out.println("A stylised model calibrated on the ledger, not a prediction (docs/simulation.md).");
        out.println();
        out.println("Reactions observed from " + calibration.rules().from() + " to " + calibration.rules().to()
                + " (answers in kind within " + calibration.rules().windowDays() + " days)");
        TextTable sides = new TextTable("SIDE", "PLAYS", "ANSWERS PUNITIVE", "MATCHES CONCILIATORY", "LAG", "UNPROMPTED P/C",
                "WEIGHT P/C");
        for (ReactionProfile profile : List.of(calibration.first(), calibration.second())) {
            SidePolicy policy = profile == calibration.first() ? result.first() : result.second();
            sides.row(profile.side(), policy.describe(), rate(profile.punitive()), rate(profile.conciliatory()),
                    profile.lagMonths() + " mo",
                    profile.initiatives().punitiveMonths() + "/" + profile.initiatives().conciliatoryMonths() + " of "
                            + profile.initiatives().monthsObserved() + " mo",
                    fixed(profile.punitiveWeight()) + "/" + fixed(profile.conciliatoryWeight()));
        }
        sides.print(out, "  ");
        out.println();
        out.println("Pace since " + paceFrom + ": " + pace.goalsMet() + " goal(s) met over " + pace.mutualConciliationMonths()
                + " month(s) of mutual conciliation; a month of mutual conciliation meets the top READY goal with probability "
                + fixed(result.goalProbability()));
        out.println();
        out.println("Goals: month met (P10 / P50 / P90 over runs; '-' = not within the horizon in that share of runs)");
        TextTable goals = new TextTable("GOAL", "AT START", "P10", "P50", "P90", "NEVER");
        for (GoalOutlook goal : result.goals()) {
            String id = goal.goal().value();
            goals.row(id + " — " + titles.getOrDefault(id, ""), RoadmapCommand.label(goal.startStatus()),
                    goal.p10().orElse(null), goal.p50().orElse(null), goal.p90().orElse(null), percent(goal.neverShare()));
        }
        goals.print(out, "  ");
        out.println();
        out.println("Escalation index per month (Goldstein-weighted, both sides; below 0 conflict dominates)");
        TextTable months = new TextTable("MONTH", "MEAN", "P10", "P50", "P90", dyad.first().code(), dyad.second().code(), "BOTH CONCILIATE");
        for (MonthOutlook month : result.months()) {
            months.row(month.month(), fixed(month.mean()), fixed(month.p10()), fixed(month.p50()), fixed(month.p90()),
                    fixed(month.meanFirst()), fixed(month.meanSecond()), percent(month.mutualConciliationShare()));
        }
        months.print(out, "  ");
    }

    // ---- arguments ------------------------------------------------------------------------------

    /** The options a match and a tournament share: rounds of a match, noise, seed, and JSON output. */
    static final class GameOptions {
        @Option(names = "--turns", paramLabel = "N", defaultValue = "200",
                description = "Rounds of a match (default: ${DEFAULT-VALUE}).")
        int turns;

        @Option(names = "--noise", paramLabel = "P", defaultValue = "0",
                description = "Probability that a move is flipped, in [0, 1] (default: ${DEFAULT-VALUE}).")
        double noise;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of every draw (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--json", description = "Print the documented JSON shape instead of a table.")
        boolean json;

        /** The rules of each match; a usage error names the option at fault. */
        MatchRules rules() {
            return SimulateCommand.rules(turns, noise);
        }
    }

    static MatchRules rules(int turns, double noise) {
        if (turns < 1) {
            throw new UsageException("--turns must be at least 1, got " + turns);
        }
        if (!(noise >= 0 && noise <= 1)) {
            throw new UsageException("--noise must be a probability in [0, 1], got " + noise);
        }
        return MatchRules.standard(turns).withNoise(noise);
    }

    static Strategy strategy(String option, String spec) {
        try {
            return Strategies.parse(spec);
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }

    /** Splits on the commas that are not inside parentheses: {@code grit(5),memory-one(1,1,0,1,0)}. */
    static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(from, i).trim());
                from = i + 1;
            }
        }
        parts.add(text.substring(from).trim());
        parts.removeIf(String::isEmpty);
        return parts;
    }

    // ---- formatting -----------------------------------------------------------------------------

    private static Map<String, Object> sides(Object a, Object b) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("a", a);
        map.put("b", b);
        return map;
    }

    /** A whole number without a decimal point, anything else as it is. */
    static Object number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Object) (long) value : (Object) value;
    }

    private static Object orNull(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static String fixed(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String rate(Reaction reaction) {
        return reaction.trials() == 0 ? "- (0 trials)"
                : reaction.answered() + "/" + reaction.trials() + " = " + percent(reaction.probability().getAsDouble());
    }

    private static String shown(String moves) {
        return moves.length() <= MOVES_SHOWN ? moves : moves.substring(0, MOVES_SHOWN) + "…";
    }
}
