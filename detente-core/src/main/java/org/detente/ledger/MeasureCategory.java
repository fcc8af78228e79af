package org.detente.ledger;

/**
 * The area of relations a measure belongs to. Reciprocity pairs a measure with a response of the
 * same category by the other side.
 */
public enum MeasureCategory {
    STAFF, VISAS, MISSIONS, RESTRICTIONS, CHANNELS, CONSULAR, AIR, SANCTIONS, DIALOGUE, COMMITMENTS,
    CONDITIONS, OBSERVATION, CORRECTION, HEADS_OF_MISSION
}
