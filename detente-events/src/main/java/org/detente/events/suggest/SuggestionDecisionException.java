package org.detente.events.suggest;

/**
 * A decision that cannot be taken: the suggestion is unknown, already decided, or lacks a detail
 * the editor must give. The message says which and how to proceed.
 */
public final class SuggestionDecisionException extends RuntimeException {
    public SuggestionDecisionException(String message) {
        super(message);
    }
}
