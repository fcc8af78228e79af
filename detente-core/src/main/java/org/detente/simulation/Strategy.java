package org.detente.simulation;

/**
 * A way of playing the iterated game: a name and a factory of {@link Player}s.
 *
 * <p>Implementations are small immutable values (records), equal when their parameters are equal;
 * they hold no per-match state, which lives in the player that {@link #newPlayer()} makes afresh
 * for every match. Adding a strategy needs a new implementation and one line in
 * {@link Strategies}; the engine does not change.
 */
public interface Strategy {

    /**
     * The name under which {@link Strategies#parse(String)} finds this strategy, with its
     * parameters when they differ from the defaults, e.g. {@code tit-for-tat} or
     * {@code random(0.3)}. Parsing the name gives back an equal strategy.
     */
    String name();

    /** A player with fresh memory, for one match. */
    Player newPlayer();
}
