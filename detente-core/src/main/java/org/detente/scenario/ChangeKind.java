package org.detente.scenario;

/** What a {@link StateChange} is about: one kind of thing in {@link org.detente.state.RelationsState}. */
public enum ChangeKind {
    MISSION, STAFF, RESTRICTION, CHANNEL, AIR_LINK, SANCTION, COMMITMENT, CONDITION, TALKS
}
