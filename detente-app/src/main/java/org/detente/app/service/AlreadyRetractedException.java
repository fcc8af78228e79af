package org.detente.app.service;

/** A retraction of an entry that is already retracted (or is itself a retraction). */
public final class AlreadyRetractedException extends RuntimeException {
    public AlreadyRetractedException(String message) {
        super(message);
    }
}
