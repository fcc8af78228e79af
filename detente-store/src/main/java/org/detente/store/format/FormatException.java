package org.detente.store.format;

/** A document that cannot be read at all (bad syntax), with the line and field where it breaks. */
public final class FormatException extends RuntimeException {
    private final int line;
    private final String field;

    public FormatException(int line, String field, String message) {
        super(message);
        this.line = line;
        this.field = field;
    }

    public int line() {
        return line;
    }

    public String field() {
        return field;
    }
}
