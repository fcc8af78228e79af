package org.detente.simulation;

/**
 * Tit-for-two-tats: cooperates unless the other side defected in each of the two previous rounds.
 * More forgiving than tit-for-tat (a single, possibly accidental, defection goes unpunished) and
 * hence exploitable by a side that alternates. Deterministic.
 */
public record TitForTwoTats() implements Strategy {

    /** The registry name. */
    public static final String NAME = "tit-for-two-tats";

    private static final Player PLAYER = (history, rng) -> {
        int rounds = history.rounds();
        if (rounds >= 2
                && history.opponentMove(rounds - 1) == Move.DEFECT
                && history.opponentMove(rounds - 2) == Move.DEFECT) {
            return Move.DEFECT;
        }
        return Move.COOPERATE;
    };

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Player newPlayer() {
        return PLAYER;
    }
}
