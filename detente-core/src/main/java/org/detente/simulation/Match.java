package org.detente.simulation;

import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * One iterated game between two strategies under given rules and seed.
 *
 * <p>Each round both sides choose at once (neither sees the other's move of that round), then noise
 * may flip each chosen move, and both see the executed moves from the next round on. A match is a
 * pure function of its inputs: {@link #play()} may be called again and gives an equal result.
 *
 * <p>Randomness: side A and side B draw from separate streams derived from the seed; in each round
 * a side first makes its strategy's draws, then one draw for noise if the noise is above zero.
 *
 * <p>Cost: O(turns) time, 2 &times; turns bytes for the moves, no allocation per move.
 */
public final class Match {

    private final Strategy strategyA;
    private final Strategy strategyB;
    private final MatchRules rules;
    private final long seed;

    /**
     * A match of {@code strategyA} (side A) against {@code strategyB} (side B).
     *
     * @param seed the seed of every random draw in the match
     */
    public Match(Strategy strategyA, Strategy strategyB, MatchRules rules, long seed) {
        this.strategyA = Objects.requireNonNull(strategyA, "strategyA is required");
        this.strategyB = Objects.requireNonNull(strategyB, "strategyB is required");
        this.rules = Objects.requireNonNull(rules, "rules are required");
        this.seed = seed;
    }

    /** Plays every round and tells what happened. */
    public MatchResult play() {
        int turns = rules.turns();
        byte[] movesA = new byte[turns];
        byte[] movesB = new byte[turns];
        History seenByA = new History(movesA, movesB);
        History seenByB = new History(movesB, movesA);
        Player playerA = strategyA.newPlayer();
        Player playerB = strategyB.newPlayer();
        UniformRandomProvider rngA = Seeds.streamForSide(seed, 0);
        UniformRandomProvider rngB = Seeds.streamForSide(seed, 1);
        double[] payoff = rules.payoffs().table();
        double noise = rules.noise();
        boolean noisy = noise > 0;

        double scoreA = 0;
        double scoreB = 0;
        for (int round = 0; round < turns; round++) {
            int a = playerA.next(seenByA, rngA).code();
            int b = playerB.next(seenByB, rngB).code();
            if (noisy) {
                if (rngA.nextDouble() < noise) {
                    a ^= 1;
                }
                if (rngB.nextDouble() < noise) {
                    b ^= 1;
                }
            }
            movesA[round] = (byte) a;
            movesB[round] = (byte) b;
            seenByA.advance();
            seenByB.advance();
            scoreA += payoff[(a << 1) | b];
            scoreB += payoff[(b << 1) | a];
        }
        return new MatchResult(strategyA.name(), strategyB.name(), scoreA, scoreB, new MoveSequence(movesA), new MoveSequence(movesB));
    }
}
