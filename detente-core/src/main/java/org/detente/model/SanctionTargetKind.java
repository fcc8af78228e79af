package org.detente.model;

/** What a sanctions measure aims at. */
public enum SanctionTargetKind {
    AIRLINE, SECTOR, BANKING, ENTITY, INDIVIDUALS, OTHER
}
