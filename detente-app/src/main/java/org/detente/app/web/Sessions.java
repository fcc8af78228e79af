package org.detente.app.web;

import io.javalin.http.Context;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.detente.app.service.Authenticator;
import org.detente.store.jdbc.Principal;

/**
 * Browser sessions, held in memory: each visitor gets one (with its CSRF token) on the first page;
 * signing in with an API token starts a new session that remembers the token, and every request
 * authenticates it again, so revoking the token ends the session at once. The cookie is
 * {@code HttpOnly} and {@code SameSite=Strict}; sessions idle for longer than {@link #IDLE} expire.
 */
final class Sessions {
    static final String COOKIE = "detente_session";
    static final Duration IDLE = Duration.ofHours(8);
    private static final int MAX_SESSIONS = 10_000;
    private static final String ATTRIBUTE = "detente.web.session";

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Authenticator authenticator;
    private final Clock clock;

    Sessions(Authenticator authenticator, Clock clock) {
        this.authenticator = authenticator;
        this.clock = clock;
    }

    /** One visitor's session: its id, its CSRF token, and the API token it signed in with, if any. */
    record Session(String id, String csrf, Optional<String> token, Instant lastSeen) {
    }

    /** The session of this request, started (and its cookie set) when there is none. */
    Session of(Context ctx) {
        Session cached = ctx.attribute(ATTRIBUTE);
        if (cached != null) {
            return cached;
        }
        String id = ctx.cookie(COOKIE);
        Instant now = clock.instant();
        Session session = id == null ? null : sessions.get(id);
        if (session == null || session.lastSeen().plus(IDLE).isBefore(now)) {
            session = start(ctx, Optional.empty());
        } else {
            session = new Session(session.id(), session.csrf(), session.token(), now);
            sessions.put(session.id(), session);
        }
        ctx.attribute(ATTRIBUTE, session);
        return session;
    }

    /** Who is signed in on this request: the token's principal, while the token is valid. */
    Optional<Principal> principal(Context ctx) {
        return of(ctx).token().flatMap(authenticator::authenticate);
    }

    /** Signs in with an API token: a fresh session (a new id, against fixation), or empty when the token is not valid. */
    Optional<Principal> signIn(Context ctx, String token) {
        Optional<Principal> principal = authenticator.authenticate(token);
        if (principal.isPresent()) {
            end(ctx);
            ctx.attribute(ATTRIBUTE, start(ctx, Optional.of(token)));
        }
        return principal;
    }

    /** Ends the session and starts an anonymous one. */
    void signOut(Context ctx) {
        end(ctx);
        ctx.attribute(ATTRIBUTE, start(ctx, Optional.empty()));
    }

    /** Whether the request carries this session's CSRF token (form field {@code _csrf} or header {@code X-CSRF-Token}). */
    boolean csrfValid(Context ctx) {
        String sent = ctx.header("X-CSRF-Token");
        if (sent == null) {
            sent = ctx.formParam("_csrf");
        }
        String id = ctx.cookie(COOKIE);
        Session session = id == null ? null : sessions.get(id);
        return session != null && sent != null
                && java.security.MessageDigest.isEqual(session.csrf().getBytes(), sent.getBytes());
    }

    private void end(Context ctx) {
        String id = ctx.cookie(COOKIE);
        if (id != null) {
            sessions.remove(id);
        }
    }

    private Session start(Context ctx, Optional<String> token) {
        if (sessions.size() >= MAX_SESSIONS) {
            evictIdle();
        }
        Session session = new Session(randomId(), randomId(), token, clock.instant());
        sessions.put(session.id(), session);
        ctx.header("Set-Cookie", COOKIE + "=" + session.id() + "; Path=/; HttpOnly; SameSite=Strict");
        return session;
    }

    private void evictIdle() {
        Instant cutoff = clock.instant().minus(IDLE);
        for (Iterator<Session> it = sessions.values().iterator(); it.hasNext(); ) {
            Session s = it.next();
            if (s.lastSeen().isBefore(cutoff) || s.token().isEmpty()) {
                it.remove();
            }
        }
    }

    private String randomId() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
