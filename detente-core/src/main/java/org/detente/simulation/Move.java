package org.detente.simulation;

/**
 * What a side does in one round: a conciliatory step or a punitive one.
 *
 * <p>The engine stores moves as bytes (the ordinal) so the hot loop neither boxes nor allocates;
 * {@link #ofCode(int)} is the allocation-free way back.
 */
public enum Move {
    /** A conciliatory step: easing a restriction, returning staff, answering a talk. */
    COOPERATE('C'),
    /** A punitive step: an expulsion, a closure, a new restriction. */
    DEFECT('D');

    // values() clones its array on every call; the hot loop needs a shared one.
    private static final Move[] BY_CODE = values();

    private final char symbol;

    Move(char symbol) {
        this.symbol = symbol;
    }

    /** The one-letter symbol used in move sequences: {@code C} or {@code D}. */
    public char symbol() {
        return symbol;
    }

    /** The other move: what a misexecuted move turns into. */
    public Move opposite() {
        return this == COOPERATE ? DEFECT : COOPERATE;
    }

    /** The move whose symbol is {@code symbol} ({@code C} or {@code D}, case-insensitive). */
    public static Move ofSymbol(char symbol) {
        switch (Character.toUpperCase(symbol)) {
            case 'C':
                return COOPERATE;
            case 'D':
                return DEFECT;
            default:
                throw new IllegalArgumentException("move symbol must be C or D, got '" + symbol + "'");
        }
    }

    static Move ofCode(int code) {
        return BY_CODE[code];
    }

    byte code() {
        return (byte) ordinal();
    }
}
