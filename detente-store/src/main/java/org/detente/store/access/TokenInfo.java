package org.detente.store.access;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** What is known of a token apart from its secret: its name, role, creation and revocation. */
public record TokenInfo(String name, Role role, Instant createdAt, String createdBy, Optional<Instant> revokedAt) {
    public TokenInfo {
        Objects.requireNonNull(name, "name is required");
        Objects.requireNonNull(role, "role is required");
        Objects.requireNonNull(createdAt, "createdAt is required");
        Objects.requireNonNull(createdBy, "createdBy is required");
        Objects.requireNonNull(revokedAt, "revokedAt is required (empty when the token is valid)");
    }

    public boolean revoked() {
        return revokedAt.isPresent();
    }
}
