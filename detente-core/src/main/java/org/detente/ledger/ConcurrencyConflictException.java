package org.detente.ledger;

/** An append that expected the ledger to end at one sequence number, while it ends at another. */
public final class ConcurrencyConflictException extends RuntimeException {
    private final long expected;
    private final long actual;

    public ConcurrencyConflictException(long expected, long actual) {
        super("the ledger has moved on: expected last sequence " + expected + " but it is " + actual
                + "; read it again and retry");
        this.expected = expected;
        this.actual = actual;
    }

    public long expected() {
        return expected;
    }

    public long actual() {
        return actual;
    }
}
