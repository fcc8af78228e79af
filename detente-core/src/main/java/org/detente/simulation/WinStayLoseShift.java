package org.detente.simulation;

/**
 * Win-stay, lose-shift (Pavlov): cooperates first; afterwards repeats its own previous move if it
 * was rewarded (the other side cooperated, so it got R or T) and switches otherwise (it got P or S).
 * Equivalently: it cooperates exactly when both sides made the same move in the previous round.
 * Corrects accidental defections between two Pavlov players within two rounds (Nowak and
 * Sigmund 1993), but against always-defect it alternates. Deterministic.
 */
public record WinStayLoseShift() implements Strategy {

    /** The registry name. */
    public static final String NAME = "win-stay-lose-shift";

    private static final Player PLAYER = (history, rng) ->
            history.isEmpty() || history.lastOwnMove() == history.lastOpponentMove() ? Move.COOPERATE : Move.DEFECT;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Player newPlayer() {
        return PLAYER;
    }
}
