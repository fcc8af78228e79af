package org.detente.app.service;

import java.util.Locale;
import java.util.Optional;

/** What a caller may do: read (viewer), also write to ledgers (editor), also read the audit (admin). */
public enum Role {
    VIEWER, EDITOR, ADMIN;

    public boolean mayWrite() {
        return this == EDITOR || this == ADMIN;
    }

    public boolean isAdmin() {
        return this == ADMIN;
    }

    /** The role named {@code viewer}, {@code editor} or {@code admin} (any case). */
    public static Optional<Role> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (Role role : values()) {
            if (role.name().equals(name.trim().toUpperCase(Locale.ROOT))) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
