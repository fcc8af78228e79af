package org.detente.store.access;

import java.util.Objects;

/**
 * Who a valid token speaks for: the token's name (recorded as the author of what they write) and
 * its role; the faces use it for tokens held in memory too.
 */
public record Principal(String name, Role role) {
    public Principal {
        Objects.requireNonNull(name, "name is required");
        Objects.requireNonNull(role, "role is required");
    }

    /** Whether this principal may do what {@code required} may. */
    public boolean may(Role required) {
        return role.includes(required);
    }
}
