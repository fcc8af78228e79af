package org.detente.model;

/** The kinds of staff a mission has; {@code LOCAL} are nationals of the host hired locally. */
public enum StaffCategory {
    DIPLOMATIC, ADMIN_TECHNICAL, LOCAL
}
