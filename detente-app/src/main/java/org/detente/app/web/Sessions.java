package org.detente.app.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.detente.app.service.Authenticator;
import org.detente.store.access.Principal;

/**
 * Browser sessions. A visitor who has not signed in holds an anonymous session that the server
 * does not store: its cookie is a random id signed with a key of this server, and its CSRF token is
 * derived from that id, so no number of cookieless requests can push a form left open out of a
 * table. Signing in with an API token starts a stored session that remembers the token (only a
 * valid token creates one), and every request authenticates it again, so revoking the token ends
 * the session at once. The cookie is {@code HttpOnly}, {@code SameSite=Strict}, and {@code Secure}
 * when the server is reached over TLS; signed-in sessions idle for longer than {@link #IDLE} expire.
 */
final class Sessions {
    static final String COOKIE = "detente_session";
    static final Duration IDLE = Duration.ofHours(8);
    private static final int MAX_SESSIONS = 10_000;
    private static final String ATTRIBUTE = "detente.web.session";
    private static final String ANONYMOUS = "a.";

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final byte[] key = new byte[32];
    private final Authenticator authenticator;
    private final Clock clock;
    private final boolean secure;

    Sessions(Authenticator authenticator, Clock clock, boolean secure) {
        this.authenticator = authenticator;
        this.clock = clock;
        this.secure = secure;
        random.nextBytes(key);
    }

    Sessions(Authenticator authenticator, Clock clock) {
        this(authenticator, clock, false);
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
        Session session = current(ctx.cookie(COOKIE)).orElse(null);
        if (session == null) {
            session = startAnonymous(ctx);
        } else if (session.token().isPresent()) {
            session = new Session(session.id(), session.csrf(), session.token(), clock.instant());
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
            if (sessions.size() >= MAX_SESSIONS) {
                evictIdle();
            }
            Session session = new Session(randomId(), randomId(), Optional.of(token), clock.instant());
            sessions.put(session.id(), session);
            setCookie(ctx, session.id());
            ctx.attribute(ATTRIBUTE, session);
        }
        return principal;
    }

    /** Ends the session and starts an anonymous one. */
    void signOut(Context ctx) {
        end(ctx);
        ctx.attribute(ATTRIBUTE, startAnonymous(ctx));
    }

    /** Whether the request carries this session's CSRF token (form field {@code _csrf} or header {@code X-CSRF-Token}). */
    boolean csrfValid(Context ctx) {
        String sent = ctx.header("X-CSRF-Token");
        if (sent == null) {
            sent = ctx.formParam("_csrf");
        }
        Optional<Session> session = current(ctx.cookie(COOKIE));
        return session.isPresent() && sent != null && MessageDigest.isEqual(
                session.get().csrf().getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }

    /** The session a cookie names: an anonymous one whose signature holds, or a live stored one. */
    private Optional<Session> current(String cookie) {
        if (cookie == null) {
            return Optional.empty();
        }
        if (cookie.startsWith(ANONYMOUS)) {
            int dot = cookie.lastIndexOf('.');
            String id = cookie.substring(ANONYMOUS.length(), Math.max(dot, ANONYMOUS.length()));
            boolean signed = dot > ANONYMOUS.length() && MessageDigest.isEqual(
                    sign("id:" + id).getBytes(StandardCharsets.UTF_8),
                    cookie.substring(dot + 1).getBytes(StandardCharsets.UTF_8));
            return signed ? Optional.of(new Session(cookie, sign("csrf:" + id), Optional.empty(), clock.instant()))
                    : Optional.empty();
        }
        Session stored = sessions.get(cookie);
        if (stored == null || stored.lastSeen().plus(IDLE).isBefore(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(stored);
    }

    private Session startAnonymous(Context ctx) {
        String id = randomId();
        String cookie = ANONYMOUS + id + "." + sign("id:" + id);
        setCookie(ctx, cookie);
        return new Session(cookie, sign("csrf:" + id), Optional.empty(), clock.instant());
    }

    private void setCookie(Context ctx, String value) {
        ctx.header("Set-Cookie", COOKIE + "=" + value + "; Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : ""));
    }

    private void end(Context ctx) {
        String id = ctx.cookie(COOKIE);
        if (id != null) {
            sessions.remove(id);
        }
    }

    private void evictIdle() {
        Instant cutoff = clock.instant().minus(IDLE);
        for (Iterator<Session> it = sessions.values().iterator(); it.hasNext(); ) {
            if (it.next().lastSeen().isBefore(cutoff)) {
                it.remove();
            }
        }
    }

    private String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private String randomId() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
