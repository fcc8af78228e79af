package org.detente.simulation;

/**
 * The rounds played so far in a match, seen from one side: a read-only view over the engine's
 * move arrays, so handing it to a player costs nothing.
 *
 * <p>The moves are those actually executed, after noise: a side sees what the other side did, not
 * what it meant to do. Rounds are numbered from 0; {@link #rounds()} is how many have been played,
 * so it is 0 when a player chooses its first move. Valid only during the match that made it.
 */
public final class History {

    private final byte[] own;
    private final byte[] opponent;
    private int rounds;

    History(byte[] own, byte[] opponent) {
        this.own = own;
        this.opponent = opponent;
    }

    /** How many rounds have been played: 0 while the first move is being chosen. */
    public int rounds() {
        return rounds;
    }

    /** True while no round has been played yet. */
    public boolean isEmpty() {
        return rounds == 0;
    }

    /** This side's executed move in round {@code round} (0-based, below {@link #rounds()}). */
    public Move ownMove(int round) {
        return Move.ofCode(own[checked(round)]);
    }

    /** The other side's executed move in round {@code round} (0-based, below {@link #rounds()}). */
    public Move opponentMove(int round) {
        return Move.ofCode(opponent[checked(round)]);
    }

    /** This side's move in the latest round; there must have been one. */
    public Move lastOwnMove() {
        return Move.ofCode(own[latest()]);
    }

    /** The other side's move in the latest round; there must have been one. */
    public Move lastOpponentMove() {
        return Move.ofCode(opponent[latest()]);
    }

    void advance() {
        rounds++;
    }

    private int checked(int round) {
        if (round < 0 || round >= rounds) {
            throw new IndexOutOfBoundsException("round " + round + " has not been played; rounds played: " + rounds);
        }
        return round;
    }

    private int latest() {
        if (rounds == 0) {
            throw new IllegalStateException("no round has been played yet; check isEmpty() first");
        }
        return rounds - 1;
    }
}
