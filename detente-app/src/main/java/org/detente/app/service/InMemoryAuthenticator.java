package org.detente.app.service;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.detente.store.access.Principal;

/** Tokens held in memory: for tests and for a server started without a database. */
public final class InMemoryAuthenticator implements Authenticator {
    private final Map<String, Principal> tokens = new ConcurrentHashMap<>();

    /** Makes {@code token} stand for {@code principal}, replacing what it stood for before. */
    public InMemoryAuthenticator issue(String token, Principal principal) {
        tokens.put(Objects.requireNonNull(token, "token is required"), Objects.requireNonNull(principal, "principal is required"));
        return this;
    }

    /** From now on {@code token} authenticates nobody. */
    public void revoke(String token) {
        tokens.remove(token);
    }

    @Override
    public Optional<Principal> authenticate(String token) {
        return token == null ? Optional.empty() : Optional.ofNullable(tokens.get(token));
    }
}
