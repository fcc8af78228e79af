package org.detente.app.service;

import java.util.Optional;
import org.detente.store.access.Principal;

/**
 * Turns a bearer token into the principal it was issued to. A token that was never issued, or
 * that was revoked, gives empty. Implementations: {@link InMemoryAuthenticator}, and the JDBC
 * token store in production.
 */
@FunctionalInterface
public interface Authenticator {
    Optional<Principal> authenticate(String token);
}
