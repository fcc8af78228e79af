package org.detente.app.web;

/** A page cannot be shown: the status to answer and a message for the reader. */
final class WebException extends RuntimeException {
    private final int status;

    WebException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
