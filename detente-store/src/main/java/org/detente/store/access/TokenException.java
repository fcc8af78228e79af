package org.detente.store.access;

/** A token command that cannot be done as asked: an unknown name, a name already taken. */
public final class TokenException extends RuntimeException {
    public TokenException(String message) {
        super(message);
    }
}
