package org.detente.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The moves one side executed in a match, in order: an immutable value, compact (one byte per
 * move), printed as a string of {@code C} and {@code D}.
 */
public final class MoveSequence {

    private final byte[] codes;
    private final int cooperations;

    // Takes ownership of the array: the engine hands over its buffer instead of copying it.
    MoveSequence(byte[] codes) {
        this.codes = codes;
        int count = 0;
        for (byte code : codes) {
            count += 1 - code;
        }
        this.cooperations = count;
    }

    /** The sequence written as {@code C} and {@code D} letters, e.g. {@code "CDDD"}. */
    public static MoveSequence parse(String symbols) {
        Objects.requireNonNull(symbols, "symbols are required");
        byte[] codes = new byte[symbols.length()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = Move.ofSymbol(symbols.charAt(i)).code();
        }
        return new MoveSequence(codes);
    }

    /** {@code count} copies of {@code move}. */
    public static MoveSequence repeat(Move move, int count) {
        byte[] codes = new byte[count];
        Arrays.fill(codes, move.code());
        return new MoveSequence(codes);
    }

    /** The number of moves. */
    public int length() {
        return codes.length;
    }

    /** The move of round {@code round} (0-based). */
    public Move get(int round) {
        return Move.ofCode(codes[Objects.checkIndex(round, codes.length)]);
    }

    /** How many moves were conciliatory. */
    public int cooperations() {
        return cooperations;
    }

    /** How many moves were punitive. */
    public int defections() {
        return codes.length - cooperations;
    }

    /** The share of conciliatory moves, in [0, 1]; 0 for an empty sequence. */
    public double cooperationRate() {
        return codes.length == 0 ? 0 : (double) cooperations / codes.length;
    }

    /** The moves as a list. */
    public List<Move> toList() {
        List<Move> moves = new ArrayList<>(codes.length);
        for (byte code : codes) {
            moves.add(Move.ofCode(code));
        }
        return Collections.unmodifiableList(moves);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MoveSequence && Arrays.equals(codes, ((MoveSequence) other).codes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(codes);
    }

    /** The moves as {@code C} and {@code D} letters. */
    @Override
    public String toString() {
        char[] symbols = new char[codes.length];
        for (int i = 0; i < codes.length; i++) {
            symbols[i] = Move.ofCode(codes[i]).symbol();
        }
        return new String(symbols);
    }
}
