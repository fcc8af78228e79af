package org.detente.store.transfer;

import java.util.List;
import java.util.stream.Collectors;
import org.detente.store.format.FormatProblem;

/**
 * A file to import or restore that is wrong: carries every problem, each as
 * {@code file:line: field: message}. Nothing was written.
 */
public final class TransferProblems extends RuntimeException {
    private final transient List<FormatProblem> problems;

    public TransferProblems(List<FormatProblem> problems) {
        super(problems.stream().map(FormatProblem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public List<FormatProblem> problems() {
        return problems;
    }
}
