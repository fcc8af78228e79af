package org.detente.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.detente.app.usecase.Question;
import org.detente.app.usecase.ScenarioQuery;
import org.detente.app.usecase.ScenarioRun;
import org.detente.app.usecase.UseCases;
import org.detente.roadmap.GoalId;
import org.detente.scenario.EvaluatedScenario;
import org.detente.scenario.GoalChange;
import org.detente.scenario.MetricChange;
import org.detente.scenario.StateChange;
import org.detente.store.format.FormatException;
import org.detente.store.format.FormatProblem;
import org.detente.store.format.ScenarioShape;
import org.detente.store.format.Tree;
import org.detente.store.format.TreeParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code detente scenario}: "what if" questions over the ledger, which is never written. */
@Command(name = "scenario", mixinStandardHelpOptions = true,
        description = "Evaluate hypothetical entries over the ledger (docs/scenarios.md); the ledger is never written.",
        subcommands = ScenarioCommand.RunCommand.class)
final class ScenarioCommand implements Runnable {
    @ParentCommand
    DetenteCli cli;

    @Override
    public void run() {
        throw new UsageException("name a subcommand: 'detente scenario run FILE'");
    }

    /** {@code detente scenario run FILE}: the scenario's changes from the baseline, or its problems (exit code 2). */
    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Evaluate a scenario file (YAML or JSON): state changes, goals newly met or ready, metric "
                    + "changes. A bad file prints its problems as file:line: field: message (exit code 2).")
    static final class RunCommand implements Callable<Integer> {
        @ParentCommand
        ScenarioCommand parent;

        @Mixin
        DyadOptions options;

        @Parameters(paramLabel = "FILE", description = "The scenario file, e.g. reopen-san-francisco.yaml.")
        String file;

        @Mixin
        ConsularSectionOptions consular;

        @Mixin
        KnownAtOption knownAt;

        @Override
        public Integer call() {
            DetenteCli cli = parent.cli;
            String text = read(file);
            Question question = options.question(cli.today(), knownAt);
            UseCases useCases = cli.useCases(options.database.url());
            useCases.bases().basis(question); // an unknown dyad, or one without a valid roadmap, before the file's problems
            Tree tree;
            try {
                tree = file.endsWith(".json") || text.stripLeading().startsWith("{")
                        ? TreeParser.json(text) : TreeParser.yaml(text);
            } catch (FormatException e) {
                return problems(cli, List.of(new FormatProblem(file, e.line(), e.field(), e.getMessage())), "");
            }
            // --as-of, when given, is the date the scenario is evaluated at instead of the file's own.
            ScenarioRun run = useCases.scenario().answer(question, new ScenarioQuery.Request(tree, file,
                    options.asOf != null, consular.section(), Optional.empty()));
            Optional<EvaluatedScenario> evaluated = run.evaluated();
            if (evaluated.isEmpty()) {
                return problems(cli, run.problems(), run.result().map(r -> r.scenario().name()).orElse(""));
            }
            if (options.json) {
                cli.out.println(Json.write(ScenarioShape.of(evaluated.get(), List.of())));
            } else {
                print(cli.out, evaluated.get());
            }
            return DetenteCli.EXIT_OK;
        }

        private int problems(DetenteCli cli, List<FormatProblem> problems, String name) {
            problems.forEach(cli.err::println);
            cli.err.println(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in " + file
                    + "; nothing was evaluated");
            if (options.json) {
                cli.out.println(Json.write(ScenarioShape.rejected(name.isEmpty() ? null : name, problems)));
            }
            return DetenteCli.EXIT_USAGE;
        }

        private static String read(String file) {
            try {
                return Files.readString(Path.of(file), StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new UsageException("scenario file '" + file + "' does not exist");
            } catch (IOException | java.io.UncheckedIOException | java.nio.file.InvalidPathException e) {
                throw new UsageException("scenario file '" + file + "' cannot be read: " + e.getMessage());
            }
        }
    }

    static void print(PrintWriter out, EvaluatedScenario result) {
        int entries = result.scenario().entries().size();
        out.println("Scenario \"" + result.scenario().name() + "\" as of " + result.scenario().asOf() + " — "
                + entries + (entries == 1 ? " hypothetical entry" : " hypothetical entries")
                + "; the ledger is unchanged");
        if (!result.scenario().description().isEmpty()) {
            out.println(result.scenario().description());
        }
        out.println();
        out.println("State changes");
        if (result.stateChanges().isEmpty()) {
            out.println("  (none)");
        }
        for (StateChange change : result.stateChanges()) {
            out.println("  " + change);
        }
        out.println();
        out.println("Goals newly met: " + list(result.newlyMet()));
        out.println("Goals newly ready: " + list(result.newlyReady()));
        out.println();
        out.println("Goal changes");
        TextTable goals = new TextTable("GOAL", "BEFORE", "AFTER", "PROGRESS BEFORE", "PROGRESS AFTER", "TITLE");
        for (GoalChange change : result.goalChanges()) {
            goals.row(change.goal(), RoadmapCommand.label(change.before()), RoadmapCommand.label(change.after()),
                    change.progressBefore().map(p -> p.text()).orElse(null),
                    change.progressAfter().map(p -> p.text()).orElse(null),
                    result.roadmapAfter().goal(change.goal()).map(g -> g.goal().title()).orElse(null));
        }
        ReciprocityCommand.printOrNone(out, goals);
        out.println("Metric changes");
        if (result.metricChanges().isEmpty()) {
            out.println("  (none)");
        }
        for (MetricChange change : result.metricChanges()) {
            out.println("  " + change.text());
        }
    }

    private static String list(List<GoalId> goals) {
        return goals.isEmpty() ? "(none)" : String.join(", ", goals.stream().map(GoalId::value).toList());
    }
}
