package org.detente.simulation;

import java.util.Objects;

/**
 * What happened in one match: each side's score (the sum of its payoffs) and its executed moves.
 *
 * <p>Invariants: both sides made the same number of moves, at least one.
 *
 * @param nameA  the name of side A's strategy
 * @param nameB  the name of side B's strategy
 * @param scoreA side A's total payoff
 * @param scoreB side B's total payoff
 * @param movesA side A's executed moves, round by round
 * @param movesB side B's executed moves, round by round
 */
public record MatchResult(String nameA, String nameB, double scoreA, double scoreB, MoveSequence movesA, MoveSequence movesB) {

    /** Checks the invariants stated above. */
    public MatchResult {
        Objects.requireNonNull(nameA, "nameA is required");
        Objects.requireNonNull(nameB, "nameB is required");
        Objects.requireNonNull(movesA, "movesA is required");
        Objects.requireNonNull(movesB, "movesB is required");
        if (movesA.length() != movesB.length() || movesA.length() == 0) {
            throw new IllegalArgumentException("both sides must make the same number of moves, at least one; got "
                    + movesA.length() + " and " + movesB.length());
        }
    }

    /** The number of rounds played. */
    public int turns() {
        return movesA.length();
    }

    /** The share of side A's moves that were conciliatory. */
    public double cooperationRateA() {
        return movesA.cooperationRate();
    }

    /** The share of side B's moves that were conciliatory. */
    public double cooperationRateB() {
        return movesB.cooperationRate();
    }

    /** The same match told from the other side: A and B exchanged. */
    public MatchResult swapped() {
        return new MatchResult(nameB, nameA, scoreB, scoreA, movesB, movesA);
    }
}
