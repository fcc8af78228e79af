package org.detente.model;

/**
 * Which of the sending side's missions a staff figure counts: the bilateral embassy and
 * consulates, the same with the mission to the United Nations, or the embassy alone. Figures of
 * different scopes are never added to or compared with one another.
 */
public enum MissionScope {
    BILATERAL, BILATERAL_AND_UN, EMBASSY;

    /** Whether a mission of {@code kind} is counted by a figure of this scope. */
    public boolean counts(MissionKind kind) {
        return switch (this) {
            case BILATERAL -> kind != MissionKind.MISSION_TO_IO;
            case BILATERAL_AND_UN -> true;
            case EMBASSY -> kind == MissionKind.EMBASSY;
        };
    }
}
