package org.detente.model;

/**
 * Which staff a figure counts: diplomats only, diplomats with administrative and technical staff,
 * or all staff including local hires.
 */
public enum StaffCounted {
    DIPLOMATS, DIPLOMATS_AND_ADMIN_TECHNICAL, ALL_STAFF;

    /** Whether staff of {@code category} are counted by a figure of this kind. */
    public boolean counts(StaffCategory category) {
        return switch (this) {
            case DIPLOMATS -> category == StaffCategory.DIPLOMATIC;
            case DIPLOMATS_AND_ADMIN_TECHNICAL -> category != StaffCategory.LOCAL;
            case ALL_STAFF -> true;
        };
    }
}
