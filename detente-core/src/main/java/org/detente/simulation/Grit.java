package org.detente.simulation;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * GRIT, Osgood's graduated and reciprocated initiatives in tension reduction: a side announces a
 * series of unilateral conciliatory steps and carries them out whether or not they are answered,
 * up to a limit, while keeping the ability to retaliate. The announcement itself lies outside
 * this two-move game; what is modelled is the commitment to the series.
 *
 * <p>The exact rule, deterministic:
 * <ol>
 *   <li>It cooperates in the first round.</li>
 *   <li>Whenever the other side cooperated in the previous round, it cooperates, and its count of
 *       unreciprocated steps goes back to zero.</li>
 *   <li>While conciliating, each round in which it cooperated and the other side defected is one
 *       more consecutive unreciprocated step. It keeps cooperating until that count reaches
 *       {@code maxUnreciprocated}; then it defects and turns to tit-for-tat.</li>
 *   <li>Under tit-for-tat it defects after every defection, until the other side cooperates again;
 *       then rule 2 applies and a new series of conciliatory steps begins.</li>
 * </ol>
 * So against always-defect it makes exactly {@code maxUnreciprocated} conciliatory steps and then
 * defects for good. A round in which its own move was flipped to a defection by noise neither adds
 * to nor resets the count.
 *
 * <p>Invariant: {@code maxUnreciprocated} is at least 1 (the first step is always unilateral).
 * The default, 3, is a short announced series: long enough to show intent through a
 * misunderstanding or two, short enough to limit what an exploiter gains.
 *
 * @param maxUnreciprocated how many consecutive unanswered conciliatory steps it makes before
 *                          reverting to tit-for-tat
 */
public record Grit(int maxUnreciprocated) implements Strategy {

    /** The registry name. */
    public static final String NAME = "grit";
    /** Three unanswered steps. */
    public static final int DEFAULT_MAX_UNRECIPROCATED = 3;

    /** Checks the invariants stated above. */
    public Grit {
        if (maxUnreciprocated < 1) {
            throw new IllegalArgumentException("maxUnreciprocated must be at least 1, got " + maxUnreciprocated);
        }
    }

    /** GRIT with up to three unanswered steps. */
    public Grit() {
        this(DEFAULT_MAX_UNRECIPROCATED);
    }

    @Override
    public String name() {
        return maxUnreciprocated == DEFAULT_MAX_UNRECIPROCATED ? NAME : Strategies.nameWith(NAME, maxUnreciprocated);
    }

    @Override
    public Player newPlayer() {
        return new GritPlayer(maxUnreciprocated);
    }

    private static final class GritPlayer implements Player {
        private final int maxUnreciprocated;
        private int unreciprocated;
        private boolean retaliating;

        GritPlayer(int maxUnreciprocated) {
            this.maxUnreciprocated = maxUnreciprocated;
        }

        @Override
        public Move next(History history, UniformRandomProvider rng) {
            if (history.isEmpty()) {
                return Move.COOPERATE;
            }
            if (history.lastOpponentMove() == Move.COOPERATE) {
                unreciprocated = 0;
                retaliating = false;
                return Move.COOPERATE;
            }
            if (retaliating) {
                return Move.DEFECT;
            }
            if (history.lastOwnMove() == Move.COOPERATE) {
                unreciprocated++;
            }
            if (unreciprocated >= maxUnreciprocated) {
                retaliating = true;
                return Move.DEFECT;
            }
            return Move.COOPERATE;
        }
    }
}
