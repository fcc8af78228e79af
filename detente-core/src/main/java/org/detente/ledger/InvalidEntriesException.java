package org.detente.ledger;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a batch of entries breaks the ledger's rules; carries every problem, not only the first. */
public final class InvalidEntriesException extends RuntimeException {
    private final transient List<Problem> problems;

    public InvalidEntriesException(List<Problem> problems) {
        super(problems.size() + " invalid: " + problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
