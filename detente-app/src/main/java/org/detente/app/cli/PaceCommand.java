package org.detente.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.detente.analysis.GoalForecast;
import org.detente.analysis.PaceReport;
import org.detente.analysis.RoundSince;
import org.detente.app.usecase.DyadBasis;
import org.detente.app.usecase.PaceAnswer;
import org.detente.forecast.BlendedOutlook;
import org.detente.forecast.RoadmapForecast;
import org.detente.model.Codes;
import org.detente.store.format.ForecastShape;
import org.detente.store.format.PaceShape;
import picocli.CommandLine.Command;

/** {@code detente pace}: the rounds of talks, goals met since they began, and when open goals would be met. */
@Command(name = "pace", mixinStandardHelpOptions = true,
        description = "The pace of talks as of a date: rounds, goals met since talks began, the rate, and a forecast "
                + "with an interval for each open goal (or why none can be made).")
final class PaceCommand extends AnalysisCommand {
    @Override
    public void run() {
        PaceAnswer answer = useCases().pace().answer(question());
        DyadBasis analyses = answer.basis();
        PaceReport report = answer.report();
        RoadmapForecast reference = answer.reference();
        if (options.json) {
            Map<String, Object> shape = new LinkedHashMap<>(PaceShape.of(analyses.dyad(), analyses.knownAt(), report,
                    analyses.goalTitles()));
            shape.put("reference", ForecastShape.of(reference, analyses.goalTitles()));
            cli.out.println(Json.write(shape));
        } else {
            print(cli.out, analyses, report);
            cli.out.println();
            printReference(cli.out, reference, analyses.goalTitles());
        }
    }

    /** The pooled forecast of the reference class and the dyad's own pace, as a table. */
    static void printReference(PrintWriter out, RoadmapForecast forecast, Map<String, String> titles) {
        out.println("Forecast from reference cases and the dyad's own pace (" + forecast.months() + " months from "
                + forecast.start() + "; trigger " + forecast.trigger().map(Object::toString).orElse("none") + "; cases: "
                + (forecast.cases().isEmpty() ? "none" : String.join(", ", forecast.cases().stream().map(Object::toString).toList()))
                + ")");
        TextTable table = new TextTable("GOAL", "KIND", "P10", "P50", "P90", "NOT MET", "CASES (WEIGHT)", "NOTE");
        for (BlendedOutlook goal : forecast.goals()) {
            table.row(goal.goal() + " — " + titles.getOrDefault(goal.goal().value(), ""),
                    goal.kind().map(Codes::of).orElse(null), goal.p10().orElse(null), goal.p50().orElse(null),
                    goal.p90().orElse(null), goal.notMetShare().map(s -> Math.round(s * 100) + "%").orElse(null),
                    goal.informedBy().isEmpty() ? "none" : String.join(", ", goal.informedBy().stream().map(Object::toString).toList())
                            + String.format(Locale.ROOT, " (%.2f)", goal.referenceWeight()),
                    goal.note().orElse(null));
        }
        ReciprocityCommand.printOrNone(out, table);
    }

    private static void print(PrintWriter out, DyadBasis analyses, PaceReport report) {
        out.println(title(analyses, "pace of talks", report.asOf()));
        out.println();
        out.println("Talks began: " + report.talksBegan().map(Object::toString).orElse("no talks yet"));
        TextTable rounds = new TextTable("DATE", "VENUE", "DAYS SINCE", "DAYS AFTER THE ROUND BEFORE");
        for (RoundSince round : report.rounds()) {
            rounds.row(round.date(), round.venue(), round.daysSince(),
                    round.daysSincePreviousRound().isPresent() ? round.daysSincePreviousRound().getAsLong() : null);
        }
        ReciprocityCommand.printOrNone(out, rounds);
        out.println("Goals met since talks began: " + report.goalsMetSinceTalksBegan() + " (before: "
                + report.goalsMetBeforeTalks() + "); open: " + report.openGoals()
                + "; rate: " + (report.goalsPerMonth().isPresent()
                ? String.format(Locale.ROOT, "%.2f goals a month", report.goalsPerMonth().getAsDouble()) : "-"));
        out.println();
        out.println("Forecast for open goals (nearest first)");
        Map<String, String> titles = analyses.goalTitles();
        List<String> reasons = report.forecasts().stream().filter(GoalForecast.CannotForecast.class::isInstance)
                .map(f -> ((GoalForecast.CannotForecast) f).reason()).distinct().toList();
        if (!report.forecasts().isEmpty() && reasons.size() == 1 && report.forecasts().stream()
                .allMatch(GoalForecast.CannotForecast.class::isInstance)) {
            out.println("  No forecast: " + reasons.get(0) + ".");
            return;
        }
        TextTable forecasts = new TextTable("GOAL", "EXPECTED", "INTERVAL", "OR WHY NOT");
        for (GoalForecast forecast : report.forecasts()) {
            String goal = forecast.goalId() + " — " + titles.getOrDefault(forecast.goalId(), "");
            if (forecast instanceof GoalForecast.Expected e) {
                forecasts.row(goal, e.expected(), e.low() + " … " + e.high() + " ("
                        + Math.round(e.level() * 100) + "%)", null);
            } else {
                forecasts.row(goal, null, null, ((GoalForecast.CannotForecast) forecast).reason());
            }
        }
        ReciprocityCommand.printOrNone(out, forecasts);
    }
}
