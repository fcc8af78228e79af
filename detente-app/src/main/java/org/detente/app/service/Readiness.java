package org.detente.app.service;

/** Whether the database (or whatever holds the ledgers) answers: throws when it does not. */
@FunctionalInterface
public interface Readiness {
    void check() throws Exception;
}
