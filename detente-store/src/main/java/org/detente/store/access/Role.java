package org.detente.store.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a token may do: read ({@code viewer}), also write the ledger ({@code editor}), or everything ({@code admin}). */
public enum Role {
    VIEWER, EDITOR, ADMIN;

    /** The word used in commands, the database and JSON: {@code viewer}, {@code editor}, {@code admin}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this role may write to ledgers: an editor's or an admin's. */
    public boolean mayWrite() {
        return includes(EDITOR);
    }

    /** Whether this role may do everything, reading the audit included. */
    public boolean isAdmin() {
        return this == ADMIN;
    }

    /** Whether this role may do what {@code required} may (an admin may edit, an editor may view). */
    public boolean includes(Role required) {
        return ordinal() >= required.ordinal();
    }

    /**
     * The role named by its code.
     *
     * @throws IllegalArgumentException naming the accepted codes
     */
    public static Role parse(String code) {
        for (Role role : values()) {
            if (role.code().equals(code == null ? null : code.trim().toLowerCase(Locale.ROOT))) {
                return role;
            }
        }
        throw new IllegalArgumentException("role '" + code + "' is not one of "
                + Arrays.stream(values()).map(Role::code).collect(Collectors.joining(", ")));
    }
}
