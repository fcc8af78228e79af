package org.detente.model;

import java.util.Objects;

/**
 * What a staff figure counts: which missions and which staff. The projection keeps one line per
 * scope and never moves a figure by a measure outside its scope (an expulsion from the mission to
 * the UN does not lower a figure of the bilateral missions).
 */
public record StaffScope(MissionScope missions, StaffCounted staff) {
    /** The scope the staffing goals and older reports without a scope use: bilateral missions, diplomats. */
    public static final StaffScope BILATERAL_DIPLOMATS = new StaffScope(MissionScope.BILATERAL, StaffCounted.DIPLOMATS);

    public StaffScope {
        Objects.requireNonNull(missions, "missions is required");
        Objects.requireNonNull(staff, "staff is required");
    }

    /** Whether a change of {@code category} staff at a mission of {@code kind} moves a figure of this scope. */
    public boolean counts(MissionKind kind, StaffCategory category) {
        return missions.counts(kind) && staff.counts(category);
    }
}
