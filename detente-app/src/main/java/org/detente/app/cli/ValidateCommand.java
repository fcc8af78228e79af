package org.detente.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.detente.store.dataset.Dataset;
import org.detente.store.dataset.DatasetReader;
import org.detente.store.format.FormatProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code detente validate DIR}: checks a dataset folder and reports every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a dataset folder; print every problem as file:line: field: message (exit code 2).")
final class ValidateCommand implements java.util.concurrent.Callable<Integer> {
    @ParentCommand
    DetenteCli cli;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The dataset folder, e.g. datasets/us-ru.")
    Path folder;

    @Override
    public Integer call() {
        List<FormatProblem> problems = new ArrayList<>();
        Optional<Dataset> dataset = DatasetReader.read(folder, problems);
        if (dataset.isEmpty()) {
            for (FormatProblem problem : problems) {
                String file = problem.file().isEmpty() ? folder.toString() : folder.resolve(problem.file()).toString();
                cli.err.println(new FormatProblem(file, problem.line(), problem.field(), problem.message()));
            }
            cli.err.println(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in " + folder);
            return DetenteCli.EXIT_USAGE;
        }
        Dataset d = dataset.get();
        cli.out.println(folder + ": valid — " + d.entries().size() + " entries, " + d.definition().missions().size()
                + " missions, " + d.definition().channels().size() + " channels, " + d.definition().airLinks().size()
                + " air links, " + d.definition().tracks().size() + " tracks");
        return DetenteCli.EXIT_OK;
    }
}
