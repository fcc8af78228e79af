package org.detente.app.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.detente.analysis.ExpectedWait;
import org.detente.forecast.CaseComparison;
import org.detente.forecast.CaseHistory;
import org.detente.forecast.ForecastCase;
import org.detente.forecast.Observation;
import org.detente.roadmap.Goal;
import org.detente.roadmap.GoalId;
import org.detente.roadmap.GoalKind;

/**
 * The comparison page: every case as {@link CaseComparison} sets them side by side (observed as the
 * reference-class forecast observes them), the dyad of the page as of the page's date, every other
 * case as of its last entry, but never after the page's date.
 */
final class ComparisonPresenter {
    private ComparisonPresenter() {
    }

    /**
     * @param frame  the page frame
     * @param dyad   the id of the page's dyad
     * @param cases  every case, as known at the page's moment of knowledge, in the workspace's order
     * @param asOf   the page's date
     */
    static ComparisonPage present(Frame frame, String dyad, List<ForecastCase> cases, LocalDate asOf) {
        List<ComparisonPage.Kind> kinds = new ArrayList<>();
        for (GoalKind kind : GoalKind.values()) {
            kinds.add(new ComparisonPage.Kind(org.detente.model.Codes.of(kind), Labels.words(kind)));
        }
        List<ComparisonPage.Row> rows = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<List<Object>> met = new ArrayList<>();
        List<List<Object>> open = new ArrayList<>();
        List<List<Object>> standing = new ArrayList<>();
        for (CaseComparison.CaseRow row : new CaseComparison(cases, dyad, asOf).rows()) {
            ForecastCase source = row.source();
            boolean current = row.current();
            CaseHistory history = row.history();
            LocalDate until = history.observedUntil();
            String name = name(source);
            names.add(name);
            Map<GoalId, String> titles = new LinkedHashMap<>();
            for (Goal goal : source.roadmap().goals()) {
                titles.put(goal.id(), goal.title());
            }
            List<ComparisonPage.Cell> cells = new ArrayList<>();
            for (CaseComparison.KindCell cell : row.cells()) {
                GoalKind kind = cell.kind();
                List<ComparisonPage.Duration> durations = new ArrayList<>();
                cell.durations().forEach((goal, observation) -> {
                    ComparisonPage.Duration d = duration(titles.get(goal), observation);
                    durations.add(d);
                    (d.met() ? met : open).add(List.of(months(observation.time()), name, d.goal() + ": " + d.text(),
                            Labels.words(kind)));
                });
                String note = cell.empty().map(ComparisonPresenter::note).orElse("");
                cells.add(new ComparisonPage.Cell(Labels.words(kind), durations, note));
            }
            long goalsMet = row.goalsMet();
            String trigger = source.roadmap().trigger().isEmpty() ? "no trigger named"
                    : history.trigger().map(LocalDate::toString).orElse("not reached by " + until);
            String since = history.daysSinceTrigger().map(days -> format(months(days)) + " months").orElse("");
            history.daysSinceTrigger().ifPresent(days -> standing.add(List.of(months(days), name,
                    (current ? "today (" + until + ")" : "last entry (" + until + ")") + ": " + format(months(days))
                            + " months since the trigger, " + goalsMet + " of " + history.goals().size() + " goals met",
                    "")));
            rows.add(new ComparisonPage.Row(source.dyad().id(), name, current, trigger, until.toString(), since,
                    goalsMet + " of " + history.goals().size(), cells));
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("cases", names);
        chart.put("met", met);
        chart.put("open", open);
        chart.put("standing", standing);
        return new ComparisonPage(frame, kinds, rows, Json.of(chart));
    }

    private static String note(CaseComparison.Empty empty) {
        return switch (empty) {
            case NO_GOAL_OF_KIND -> "no goal of this kind";
            case NO_TRIGGER_YET -> "not timed: no trigger by then";
            case MET_BEFORE_TRIGGER -> "met before the trigger (not waited for)";
        };
    }

    private static ComparisonPage.Duration duration(String goal, Observation observation) {
        String months = format(months(observation.time()));
        return new ComparisonPage.Duration(goal, observation.event(), months, observation.event() ? months + " months"
                : "not met (censored at " + months + " months)");
    }

    private static double months(double days) {
        return Math.round(days / ExpectedWait.DAYS_PER_MONTH * 10) / 10.0;
    }

    private static String format(double months) {
        return String.format(Locale.ROOT, "%.1f", months);
    }

    private static String name(ForecastCase source) {
        return source.definition().title();
    }
}
