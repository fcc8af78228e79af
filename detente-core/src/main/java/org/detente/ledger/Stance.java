package org.detente.ledger;

/** Whether a measure hurts relations, mends them, or only records something. */
public enum Stance {
    PUNITIVE, CONCILIATORY, NEUTRAL
}
