package org.detente.app.http;

import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import java.util.List;
import java.util.Optional;
import org.detente.app.service.Authenticator;
import org.detente.store.access.Principal;

/**
 * Checks, before a matched route runs, that the caller may use it: 401 without a bearer token or
 * with one that is unknown or revoked, 403 for a valid token whose role is too weak. The
 * principal is left on the context for the handler (writes record it as the author).
 */
final class AccessGuard {
    private static final String PRINCIPAL = "detente.principal";

    private final Authenticator authenticator;
    private final boolean readsRequireToken;

    AccessGuard(Authenticator authenticator, boolean readsRequireToken) {
        this.authenticator = authenticator;
        this.readsRequireToken = readsRequireToken;
    }

    void check(Context ctx) {
        Access needed = Access.PUBLIC;
        for (RouteRole role : ctx.routeRoles()) {
            if (role instanceof Access access) {
                needed = access;
            }
        }
        if (needed == Access.PUBLIC || needed == Access.READ && !readsRequireToken) {
            return;
        }
        Principal principal = authenticate(ctx);
        if (needed == Access.WRITE && !principal.role().mayWrite()) {
            throw forbidden(principal, "writing to a ledger needs the role editor or admin");
        }
        if (needed == Access.ADMIN && !principal.role().isAdmin()) {
            throw forbidden(principal, "this resource needs the role admin");
        }
        ctx.attribute(PRINCIPAL, principal);
    }

    private Principal authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            throw unauthenticated("a bearer token is required: send 'Authorization: Bearer <token>'");
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
            throw unauthenticated("the Authorization header must be 'Bearer <token>'");
        }
        Optional<Principal> principal = authenticator.authenticate(header.substring(7).trim());
        return principal.orElseThrow(() -> unauthenticated("the token is not valid (unknown, or revoked)"));
    }

    /** The caller that {@link #check} let through; only on routes that need a token. */
    static Principal principal(Context ctx) {
        Principal principal = ctx.attribute(PRINCIPAL);
        if (principal == null) {
            throw new IllegalStateException("route " + ctx.path() + " reads a principal but does not require one");
        }
        return principal;
    }

    private static ApiException unauthenticated(String message) {
        return new ApiException(401, "unauthenticated", "Authentication required", message,
                List.of(FieldError.of("Authorization", message)));
    }

    private static ApiException forbidden(Principal principal, String message) {
        String detail = principal.name() + " has the role " + principal.role().code() + "; " + message;
        return new ApiException(403, "forbidden", "Not allowed", detail, List.of(FieldError.of("Authorization", detail)));
    }
}
