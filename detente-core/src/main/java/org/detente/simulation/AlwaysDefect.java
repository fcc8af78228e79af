package org.detente.simulation;

/** Always defect: a punitive step every round, whatever the other side does. */
public record AlwaysDefect() implements Strategy {

    /** The registry name. */
    public static final String NAME = "always-defect";

    private static final Player PLAYER = (history, rng) -> Move.DEFECT;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Player newPlayer() {
        return PLAYER;
    }
}
