package org.detente.simulation;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * One side of one match: the memory a {@link Strategy} keeps while it plays.
 *
 * <p>Contract: the engine calls {@link #next} exactly once per round, in order, starting with an
 * empty history, so a player may update its memory from the latest round only. A player must take
 * every random draw from the {@code rng} it is given (that keeps matches reproducible) and should
 * not allocate in {@code next}, which sits in the engine's hot loop. A player that keeps no memory
 * may be shared between matches.
 */
@FunctionalInterface
public interface Player {

    /**
     * The move this side chooses for the coming round.
     *
     * @param history the rounds played so far, from this side's point of view
     * @param rng     this side's random stream for the match
     */
    Move next(History history, UniformRandomProvider rng);
}
