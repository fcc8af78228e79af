package org.detente.simulation;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Grudger (also "grim trigger"): cooperates until the other side defects once, then defects for
 * the rest of the match. Deterministic.
 */
public record Grudger() implements Strategy {

    /** The registry name. */
    public static final String NAME = "grudger";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Player newPlayer() {
        return new GrudgerPlayer();
    }

    private static final class GrudgerPlayer implements Player {
        private boolean wronged;

        @Override
        public Move next(History history, UniformRandomProvider rng) {
            // Called every round, so looking at the latest round is enough to never miss a defection.
            if (!wronged && !history.isEmpty() && history.lastOpponentMove() == Move.DEFECT) {
                wronged = true;
            }
            return wronged ? Move.DEFECT : Move.COOPERATE;
        }
    }
}
