package org.detente.app.cli;

/** A mistake in what the user asked for: printed as one line, exit code 2. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
