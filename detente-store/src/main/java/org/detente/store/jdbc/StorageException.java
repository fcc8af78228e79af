package org.detente.store.jdbc;

/**
 * The database could not do what was asked (unreachable, a failed statement, stored data that
 * cannot be read). Not a mistake of the caller: faces report it as an internal failure.
 */
public final class StorageException extends RuntimeException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    public StorageException(String message) {
        super(message);
    }
}
