package org.detente.model;

/** Whether a mission works, from fully to not at all; {@code SEIZED} means the host took the premises. */
public enum MissionStatus {
    OPERATIONAL, LIMITED, SUSPENDED, CLOSED, SEIZED;

    /** Whether the mission can do any of its work. */
    public boolean isWorking() {
        return this == OPERATIONAL || this == LIMITED;
    }
}
