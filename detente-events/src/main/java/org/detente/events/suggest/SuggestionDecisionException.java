package org.detente.events.suggest;

/**
 * A decision that cannot be taken: the suggestion is unknown, already decided, lacks a detail the
 * editor must give, or has no reporting event with an address. The message says which and how to
 * proceed; {@link #reason()} says it to code (an HTTP status, an exit code).
 */
public final class SuggestionDecisionException extends RuntimeException {
    /** Why the decision cannot be taken. */
    public enum Reason { UNKNOWN, ALREADY_DECIDED, DETAIL_MISSING, UNSOURCED }

    private final Reason reason;

    public SuggestionDecisionException(Reason reason, String message) {
        super(message);
        this.reason = java.util.Objects.requireNonNull(reason, "reason is required");
    }

    public Reason reason() {
        return reason;
    }
}
