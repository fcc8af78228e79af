package org.detente.store.access;

import java.util.Objects;

/**
 * A token just created: its description and the secret, which exists only here — the store keeps
 * its hash. Show the secret once and drop it.
 */
public record IssuedToken(TokenInfo info, String secret) {
    public IssuedToken {
        Objects.requireNonNull(info, "info is required");
        Objects.requireNonNull(secret, "secret is required");
    }

    @Override
    public String toString() {
        return "IssuedToken[" + info + ", secret=(hidden)]";
    }
}
