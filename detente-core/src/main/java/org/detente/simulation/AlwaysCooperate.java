package org.detente.simulation;

/** Always cooperate: a conciliatory step every round, whatever the other side does. */
public record AlwaysCooperate() implements Strategy {

    /** The registry name. */
    public static final String NAME = "always-cooperate";

    private static final Player PLAYER = (history, rng) -> Move.COOPERATE;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Player newPlayer() {
        return PLAYER;
    }
}
