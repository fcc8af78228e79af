package org.detente.simulation;

import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * One strategy played round by round against moves decided elsewhere: the way for an engine
 * outside this package (the calibrated forecast, where a round is a month and the other side is
 * not a {@link Strategy}) to ask a strategy for its next move and tell it what was done.
 *
 * <p>Protocol: call {@link #next} to get this side's move for the coming round, then
 * {@link #record} with the moves actually executed in that round; at most {@code capacity}
 * rounds. The strategy sees exactly what {@link Match} would show it. Not thread-safe: one stepper
 * per run. Costs 2 &times; capacity bytes and allocates nothing per round.
 */
public final class StrategyStepper {

    private final byte[] own;
    private final byte[] opponent;
    private final History history;
    private final Player player;
    private int rounds;

    /** A fresh player of {@code strategy} for up to {@code capacity} rounds. */
    public StrategyStepper(Strategy strategy, int capacity) {
        Objects.requireNonNull(strategy, "strategy is required");
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1 round, got " + capacity);
        }
        this.own = new byte[capacity];
        this.opponent = new byte[capacity];
        this.history = new History(own, opponent);
        this.player = strategy.newPlayer();
    }

    /** The move the strategy chooses for the coming round, drawing any randomness from {@code rng}. */
    public Move next(UniformRandomProvider rng) {
        return player.next(history, rng);
    }

    /** Records the round just played: this side's executed move and the other side's move as seen. */
    public void record(Move ownMove, Move opponentMove) {
        if (rounds == own.length) {
            throw new IllegalStateException("this stepper holds " + own.length + " rounds, all played");
        }
        own[rounds] = ownMove.code();
        opponent[rounds] = opponentMove.code();
        rounds++;
        history.advance();
    }

    /** How many rounds have been recorded. */
    public int rounds() {
        return rounds;
    }
}
