package org.detente.model;

/** Where a commitment stands. */
public enum CommitmentStatus {
    OPEN, FULFILLED, BROKEN
}
