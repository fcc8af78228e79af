package org.detente.simulation;

import java.util.Objects;

/**
 * The rules every match of a simulation is played under.
 *
 * <p>Invariants: at least one turn; payoffs given; {@code noise} is a probability in [0, 1],
 * the chance that a side's chosen move is misexecuted (flipped) before the other side sees it.
 * The players are not told the number of turns, so no strategy can exploit the last round.
 *
 * @param turns   the number of rounds in a match
 * @param payoffs the payoff matrix
 * @param noise   the probability that a move is flipped
 */
public record MatchRules(int turns, PayoffMatrix payoffs, double noise) {

    /** Checks the invariants stated above. */
    public MatchRules {
        if (turns < 1) {
            throw new IllegalArgumentException("turns must be at least 1, got " + turns);
        }
        Objects.requireNonNull(payoffs, "payoffs are required");
        if (!(noise >= 0 && noise <= 1)) {
            throw new IllegalArgumentException("noise must be a probability in [0, 1], got " + noise);
        }
    }

    /** {@code turns} rounds with the standard payoffs (3, 0, 5, 1) and no noise. */
    public static MatchRules standard(int turns) {
        return new MatchRules(turns, PayoffMatrix.STANDARD, 0);
    }

    /** These rules with another noise level. */
    public MatchRules withNoise(double newNoise) {
        return new MatchRules(turns, payoffs, newNoise);
    }

    /** These rules with other payoffs. */
    public MatchRules withPayoffs(PayoffMatrix newPayoffs) {
        return new MatchRules(turns, newPayoffs, noise);
    }

    /** These rules with another number of turns. */
    public MatchRules withTurns(int newTurns) {
        return new MatchRules(newTurns, payoffs, noise);
    }
}
