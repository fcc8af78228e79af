package org.detente.model;

/** What a mission is; {@code OTHER_PREMISES} covers compounds, dachas and trade offices. */
public enum MissionKind {
    EMBASSY, CONSULATE_GENERAL, CONSULATE, MISSION_TO_IO, OTHER_PREMISES
}
