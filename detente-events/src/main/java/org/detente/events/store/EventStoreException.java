package org.detente.events.store;

/** The event store could not be opened, read or written; the message names the store and the operation. */
public final class EventStoreException extends RuntimeException {
    public EventStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
