package org.detente.app.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.detente.app.usecase.DyadBasis;
import org.detente.app.usecase.RoadmapAnswer;
import org.detente.model.Track;
import org.detente.roadmap.GoalEvaluation;
import org.detente.roadmap.GoalId;
import org.detente.roadmap.GoalStatus;
import org.detente.roadmap.NextStep;
import org.detente.roadmap.RoadmapEvaluation;
import org.detente.store.format.RoadmapShape;
import picocli.CommandLine.Command;

/** {@code detente roadmap}: every goal's status, progress and blockers, the next steps and the critical path. */
@Command(name = "roadmap", mixinStandardHelpOptions = true,
        description = "The roadmap as of a date: each goal's status, progress and blockers, the next steps ranked by "
                + "what they unlock, and the critical path to the overall goal.")
final class RoadmapCommand extends AnalysisCommand {
    @Override
    public void run() {
        RoadmapAnswer answer = useCases().roadmap().answer(question());
        DyadBasis analyses = answer.basis();
        RoadmapEvaluation evaluation = answer.evaluation();
        if (options.json) {
            cli.out.println(Json.write(RoadmapShape.of(analyses.dyad(), analyses.knownAt(), evaluation, analyses.roadmap().overallGoal())));
        } else {
            print(cli.out, analyses, evaluation);
        }
    }

    /** A status for people: the word, lower case, so it reads without colour. */
    static String label(GoalStatus status) {
        return switch (status) {
            case MET -> "met";
            case READY -> "ready";
            case BLOCKED -> "blocked";
        };
    }

    private static void print(PrintWriter out, DyadBasis analyses, RoadmapEvaluation evaluation) {
        Map<GoalId, GoalEvaluation> byId = new HashMap<>();
        evaluation.goals().forEach(g -> byId.put(g.id(), g));
        out.println(title(analyses, "roadmap", evaluation.asOf()) + " — "
                + evaluation.withStatus(GoalStatus.MET).size() + " met, "
                + evaluation.withStatus(GoalStatus.READY).size() + " ready, "
                + evaluation.withStatus(GoalStatus.BLOCKED).size() + " blocked, of " + evaluation.goals().size()
                + " goals");
        out.println();
        out.println("Goals");
        TextTable goals = new TextTable("STATUS", "TRACK", "GOAL", "PROGRESS", "BLOCKED BY", "FIRST DO");
        for (GoalEvaluation goal : evaluation.goals()) {
            goals.row(label(goal.status()), goal.goal().track(), goal.id() + " — " + goal.goal().title(),
                    goal.progress().map(p -> p.text()).orElse(null),
                    ids(goal.unmetPreconditions()),
                    goal.status() == GoalStatus.BLOCKED ? ids(goal.rootBlockers()) : null);
        }
        goals.print(out, "  ");
        List<Track> empty = analyses.roadmap().tracksWithoutGoals(analyses.ledger().definition());
        if (!empty.isEmpty()) {
            out.println();
            out.println("Tracks without goals");
            for (Track track : empty) {
                out.println("  " + track.id() + " — " + track.title() + ": "
                        + (track.whyNoGoals().isEmpty() ? "the dataset does not say why" : track.whyNoGoals()));
            }
        }
        out.println();
        out.println("Next steps (ready goals, ranked by the blocked goals each would unlock)");
        if (evaluation.nextSteps().isEmpty()) {
            out.println("  (none)");
        } else {
            TextTable steps = new TextTable("#", "GOAL", "UNLOCKS", "ONLY BLOCKER OF", "TITLE");
            int rank = 1;
            for (NextStep step : evaluation.nextSteps()) {
                steps.row(rank++, step.goal(), step.unlocks(), step.soleBlockerOf(), byId.get(step.goal()).goal().title());
            }
            steps.print(out, "  ");
        }
        out.println();
        analyses.roadmap().overallGoal().ifPresent(overall -> {
            out.println("Critical path to " + overall);
            List<GoalId> path = evaluation.criticalPath().map(c -> c.goals()).orElse(List.of());
            if (path.isEmpty()) {
                out.println("  (none: " + overall + " is met)");
            }
            for (int i = 0; i < path.size(); i++) {
                GoalEvaluation goal = byId.get(path.get(i));
                out.println("  " + (i + 1) + ". " + goal.id() + " — " + goal.goal().title() + " ("
                        + label(goal.status()) + ")");
            }
        });
    }

    /** Goal ids, at most three of them, then how many more ({@code --json} lists them all). */
    private static String ids(List<GoalId> ids) {
        if (ids.isEmpty()) {
            return null;
        }
        String shown = ids.stream().limit(3).map(GoalId::value).collect(Collectors.joining(", "));
        return ids.size() > 3 ? shown + " (+" + (ids.size() - 3) + " more)" : shown;
    }

    /** A number as written: no decimals when whole, else as many as it has (0.0929). */
    static String number(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
}
