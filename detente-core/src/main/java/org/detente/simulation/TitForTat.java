package org.detente.simulation;

/**
 * Tit-for-tat: cooperates in the first round, then repeats what the other side did in the
 * previous round. Nice, retaliatory, forgiving, clear (Axelrod 1984). Deterministic.
 */
public record TitForTat() implements Strategy {

    /** The registry name. */
    public static final String NAME = "tit-for-tat";

    // Keeps no memory of its own, so one player serves every match.
    private static final Player PLAYER = (history, rng) -> history.isEmpty() ? Move.COOPERATE : history.lastOpponentMove();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Player newPlayer() {
        return PLAYER;
    }
}
