package org.detente.store.dataset;

import java.util.List;
import java.util.stream.Collectors;
import org.detente.store.format.FormatProblem;

/** Thrown when a dataset is invalid; carries every problem, each as {@code file:line: field: message}. */
public final class DatasetProblems extends RuntimeException {
    private final transient List<FormatProblem> problems;

    public DatasetProblems(List<FormatProblem> problems) {
        super(problems.stream().map(FormatProblem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public List<FormatProblem> problems() {
        return problems;
    }
}
