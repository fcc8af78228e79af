package org.detente.events.ingest;

/**
 * A row that breaks a rule of its layout; the message names the field, the value and the rule.
 * Thrown and caught once per bad row, so it carries no stack trace.
 */
public final class MalformedRowException extends Exception {
    public MalformedRowException(String message) {
        super(message, null, false, false);
    }
}
