package org.detente.app.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.detente.forecast.BlendedOutlook;
import org.detente.forecast.RoadmapForecast;
import org.detente.model.Dyad;
import org.detente.model.DyadDefinition;
import org.detente.model.Track;
import org.detente.roadmap.Goal;
import org.detente.roadmap.GoalEvaluation;
import org.detente.roadmap.GoalId;
import org.detente.roadmap.GoalStatus;
import org.detente.roadmap.NextStep;
import org.detente.roadmap.RoadmapEvaluation;

/** Builds the roadmap page: graph elements for Cytoscape.js and the goals' details, next steps and critical path. */
final class RoadmapPresenter {
    private RoadmapPresenter() {
    }

    static RoadmapPage present(Frame frame, PageQuestion analyses, LocalDate asOf, RoadmapForecast forecast,
                               Function<Dyad, String> caseTitles) {
        DyadDefinition definition = analyses.ledger().definition();
        RoadmapEvaluation evaluation = analyses.roadmapAsOf(asOf);
        Map<String, String> titles = analyses.goalTitles();
        Map<String, List<RoadmapPage.Ref>> unlocks = new HashMap<>();
        for (Goal goal : analyses.roadmap().goals()) {
            for (GoalId pre : goal.preconditions()) {
                unlocks.computeIfAbsent(pre.value(), k -> new ArrayList<>())
                        .add(new RoadmapPage.Ref(goal.id().value(), goal.title()));
            }
        }
        Map<String, String> trackTitles = new LinkedHashMap<>();
        for (Track track : definition.tracks()) {
            trackTitles.put(track.id().value(), track.title());
        }
        List<Map<String, Object>> elements = new ArrayList<>();
        for (Map.Entry<String, String> track : trackTitles.entrySet()) {
            boolean used = evaluation.goals().stream().anyMatch(g -> g.goal().track().value().equals(track.getKey()));
            if (used) {
                elements.add(Map.of("data", Map.of("id", "track:" + track.getKey(), "label", track.getValue())));
            }
        }
        Map<String, double[]> positions = positions(analyses.roadmap().goals(), trackTitles.keySet());
        List<RoadmapPage.GoalDetail> details = new ArrayList<>();
        for (GoalEvaluation goal : evaluation.goals()) {
            String id = goal.id().value();
            Views.Badge status = Views.Badge.of(goal.status().name());
            double[] at = positions.get(id);
            elements.add(Map.of("position", Map.of("x", at[0], "y", at[1]), "data", Map.of("id", "goal:" + id, "goal", id,
                    "parent", "track:" + goal.goal().track().value(),
                    "label", symbol(goal.status()) + " " + status.label().toUpperCase(java.util.Locale.ROOT) + "\n"
                            + goal.goal().title(),
                    "fill", fill(goal.status()), "stroke", stroke(goal.status()))));
            for (GoalId pre : goal.goal().preconditions()) {
                elements.add(Map.of("data", Map.of("id", "edge:" + pre.value() + ">" + id,
                        "source", "goal:" + pre.value(), "target", "goal:" + id)));
            }
            details.add(new RoadmapPage.GoalDetail(id, goal.goal().title(),
                    trackTitles.getOrDefault(goal.goal().track().value(), goal.goal().track().value()), status,
                    OverviewPresenter.bar(goal), Labels.words(criterionType(goal.goal())),
                    goal.result().explanation(), goal.goal().description(), goal.goal().targetRange().orElse(""),
                    refs(goal.unmetPreconditions(), titles), refs(goal.rootBlockers(), titles),
                    unlocks.getOrDefault(id, List.of()), Views.SourceLink.all(goal.goal().sources())));
        }
        List<RoadmapPage.Step> next = new ArrayList<>();
        for (NextStep step : evaluation.nextSteps()) {
            next.add(new RoadmapPage.Step(step.goal().value(), titles.get(step.goal().value()),
                    "unlocks " + step.unlocks() + (step.unlocks() == 1 ? " goal" : " goals")
                            + (step.soleBlockerOf() > 0 ? ", the only blocker of " + step.soleBlockerOf() : "")));
        }
        List<RoadmapPage.Step> path = new ArrayList<>();
        String target = "";
        if (evaluation.criticalPath().isPresent()) {
            target = titles.getOrDefault(evaluation.criticalPath().get().target().value(), "");
            int i = 1;
            for (GoalId id : evaluation.criticalPath().get().goals()) {
                path.add(new RoadmapPage.Step(id.value(), titles.get(id.value()), "step " + i++));
            }
        }
        return new RoadmapPage(frame, Json.of(Map.of("elements", elements)), evaluation.goals().size(), details, next,
                path, target, forecast(forecast, titles, caseTitles), tracksWithoutGoals(definition, analyses));
    }

    /** The tracks without a goal, each with the reason the dataset gives for it. */
    static List<RoadmapPage.TrackWithoutGoals> tracksWithoutGoals(DyadDefinition definition, PageQuestion analyses) {
        List<RoadmapPage.TrackWithoutGoals> empty = new ArrayList<>();
        for (Track track : analyses.roadmap().tracksWithoutGoals(definition)) {
            empty.add(new RoadmapPage.TrackWithoutGoals(track.id().value(), track.title(), whyNoGoals(track)));
        }
        return empty;
    }

    /** Why a track has no goals, in words: the dataset's reason, or that it gives none. */
    static String whyNoGoals(Track track) {
        return track.whyNoGoals().isEmpty() ? "The dataset does not say why this track has no goals."
                : track.whyNoGoals();
    }

    /** The reference-class forecast of each open goal, in words: months, shares and the cases behind them. */
    static RoadmapPage.Forecast forecast(RoadmapForecast forecast, Map<String, String> titles,
                                         Function<Dyad, String> caseTitles) {
        List<RoadmapPage.GoalForecast> goals = new ArrayList<>();
        for (BlendedOutlook goal : forecast.goals()) {
            String informedBy = goal.informedBy().stream().map(caseTitles).collect(Collectors.joining(", "));
            goals.add(new RoadmapPage.GoalForecast(goal.goal().value(),
                    titles.getOrDefault(goal.goal().value(), goal.goal().value()),
                    goal.kind().map(k -> Labels.words(k.name())).orElse("no kind"),
                    month(goal, goal.p10()), month(goal, goal.p50()), month(goal, goal.p90()),
                    goal.notMetShare().map(share -> Math.round(share * 100) + "%").orElse("—"),
                    !goal.informedBy().isEmpty(),
                    goal.informedBy().isEmpty() ? "no case informs this goal"
                            : informedBy + String.format(Locale.ROOT, " (weight %.2f, %d %s met)", goal.referenceWeight(),
                            goal.referenceEvents(), goal.referenceEvents() == 1 ? "goal" : "goals"),
                    goal.note().orElse("")));
        }
        String cases = forecast.cases().isEmpty() ? "none: no other dyad with a roadmap is held"
                : forecast.cases().stream().map(caseTitles).collect(Collectors.joining(", "));
        return new RoadmapPage.Forecast(forecast.months() + " months from " + words(forecast.start()),
                forecast.trigger().map(LocalDate::toString).orElse("none named"), cases, goals);
    }

    private static String month(BlendedOutlook goal, java.util.Optional<YearMonth> month) {
        if (!goal.forecast()) {
            return "—";
        }
        return month.map(RoadmapPresenter::words).orElse("not within the horizon");
    }

    private static String words(YearMonth month) {
        return month.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH));
    }

    /**
     * Where each goal sits: a column block per track (two columns when a level has several goals),
     * rows by depth (the longest chain of preconditions above the goal), so arrows point down.
     */
    static Map<String, double[]> positions(List<Goal> goals, java.util.Collection<String> tracks) {
        Map<String, Goal> byId = new HashMap<>();
        goals.forEach(g -> byId.put(g.id().value(), g));
        Map<String, Integer> depth = new HashMap<>();
        for (Goal goal : goals) {
            depthOf(goal, byId, depth);
        }
        Map<String, double[]> at = new HashMap<>();
        double x = 0;
        for (String track : tracks) {
            Map<Integer, List<Goal>> levels = new java.util.TreeMap<>();
            for (Goal goal : goals) {
                if (goal.track().value().equals(track)) {
                    levels.computeIfAbsent(depth.get(goal.id().value()), k -> new ArrayList<>()).add(goal);
                }
            }
            if (levels.isEmpty()) {
                continue;
            }
            int columns = levels.values().stream().anyMatch(l -> l.size() > 1) ? 2 : 1;
            double y = 0;
            int lastLevel = -1;
            for (Map.Entry<Integer, List<Goal>> level : levels.entrySet()) {
                y += (level.getKey() - lastLevel - 1) * 80.0;
                lastLevel = level.getKey();
                List<Goal> row = level.getValue();
                for (int i = 0; i < row.size(); i++) {
                    at.put(row.get(i).id().value(), new double[] {x + (i % columns) * 165.0, y + (i / columns) * 75.0});
                }
                y += ((row.size() + columns - 1) / columns) * 75.0 + 30;
            }
            x += columns * 165.0 + 40;
        }
        return at;
    }

    private static int depthOf(Goal goal, Map<String, Goal> byId, Map<String, Integer> depth) {
        Integer known = depth.get(goal.id().value());
        if (known != null) {
            return known;
        }
        int d = 0;
        for (GoalId pre : goal.preconditions()) {
            Goal p = byId.get(pre.value());
            if (p != null) {
                d = Math.max(d, depthOf(p, byId, depth) + 1);
            }
        }
        depth.put(goal.id().value(), d);
        return d;
    }

    private static String criterionType(Goal goal) {
        try {
            return String.valueOf(goal.criterion().getClass().getField("TYPE").get(null));
        } catch (ReflectiveOperationException e) {
            return goal.criterion().getClass().getSimpleName();
        }
    }

    private static List<RoadmapPage.Ref> refs(List<GoalId> ids, Map<String, String> titles) {
        return ids.stream().map(id -> new RoadmapPage.Ref(id.value(), titles.getOrDefault(id.value(), id.value()))).toList();
    }

    private static String symbol(GoalStatus status) {
        return switch (status) {
            case MET -> "✓";
            case READY -> "◐";
            default -> "✕";
        };
    }

    private static String fill(GoalStatus status) {
        return switch (status) {
            case MET -> "#dafbe1";
            case READY -> "#fff1c2";
            default -> "#ffe1e4";
        };
    }

    private static String stroke(GoalStatus status) {
        return switch (status) {
            case MET -> "#1a7f37";
            case READY -> "#7d4e00";
            default -> "#a40e26";
        };
    }
}
