package org.detente.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.detente.app.service.InMemoryAuthenticator;
import org.detente.store.access.Principal;
import org.detente.store.access.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sessions over real HTTP: a small Javalin app whose routes ask {@link Sessions} what the
 * dashboard asks (the session's CSRF token, who is signed in, whether a form's token is valid),
 * with a clock the test moves.
 */
class SessionsTest {
    private static final String TOKEN = "editor-token";

    private final MovableClock clock = new MovableClock(Instant.parse("2025-06-01T12:00:00Z"));
    private final InMemoryAuthenticator tokens = new InMemoryAuthenticator()
            .issue(TOKEN, new Principal("eve", Role.EDITOR));
    private final HttpClient http = HttpClient.newHttpClient();
    private Javalin app;
    private String base;

    @BeforeEach
    void startAnAppThatAsksTheSessions() {
        Sessions sessions = new Sessions(tokens, clock);
        app = Javalin.create(cfg -> {
            cfg.routes.get("/csrf", ctx -> ctx.result(sessions.of(ctx).csrf()));
            cfg.routes.get("/who", ctx -> ctx.result(sessions.principal(ctx).map(Principal::name).orElse("nobody")));
            cfg.routes.post("/signin", ctx -> ctx.result(sessions.signIn(ctx, ctx.formParam("token")).isPresent() ? "in" : "no"));
            cfg.routes.post("/form", ctx -> ctx.status(sessions.csrfValid(ctx) ? 200 : 403));
        }).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void signing_in_sets_a_new_http_only_same_site_strict_cookie_for_the_whole_site() throws Exception {
        String anonymous = cookie(get("/csrf", null));

        HttpResponse<String> signIn = post("/signin", anonymous, "token=" + TOKEN);

        String cookie = signIn.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(signIn.body()).isEqualTo("in");
        assertThat(cookie).startsWith(Sessions.COOKIE + "=").contains("HttpOnly").contains("SameSite=Strict")
                .contains("Path=/");
        assertThat(cookie(signIn)).as("a fresh session id, against fixation").isNotEqualTo(anonymous);
        assertThat(get("/who", cookie(signIn)).body()).isEqualTo("eve");
    }

    @Test
    void a_form_with_the_sessions_token_passes_and_one_without_or_with_another_is_refused() throws Exception {
        HttpResponse<String> page = get("/csrf", null);
        String cookie = cookie(page);
        String csrf = page.body();

        assertThat(post("/form", cookie, "_csrf=" + csrf).statusCode()).isEqualTo(200);
        assertThat(post("/form", cookie, "other=1").statusCode()).isEqualTo(403);
        assertThat(post("/form", cookie, "_csrf=" + csrf + "x").statusCode()).isEqualTo(403);
        assertThat(post("/form", null, "_csrf=" + csrf).statusCode()).as("no session cookie").isEqualTo(403);
        String otherSessionsToken = get("/csrf", null).body();
        assertThat(post("/form", cookie, "_csrf=" + otherSessionsToken).statusCode()).isEqualTo(403);
    }

    @Test
    void revoking_the_token_ends_the_sign_in_at_the_next_request() throws Exception {
        String cookie = cookie(post("/signin", cookie(get("/csrf", null)), "token=" + TOKEN));
        assertThat(get("/who", cookie).body()).isEqualTo("eve");

        tokens.revoke(TOKEN);

        assertThat(get("/who", cookie).body()).isEqualTo("nobody");
    }

    @Test
    void a_session_idle_for_longer_than_the_limit_expires_and_a_new_one_starts() throws Exception {
        String cookie = cookie(post("/signin", cookie(get("/csrf", null)), "token=" + TOKEN));
        clock.advance(Sessions.IDLE.minusMinutes(1));
        assertThat(get("/who", cookie).body()).isEqualTo("eve");

        clock.advance(Sessions.IDLE.plusMinutes(1));
        HttpResponse<String> after = get("/who", cookie);

        assertThat(after.body()).isEqualTo("nobody");
        assertThat(cookie(after)).isNotEqualTo(cookie);
    }

    @Test
    void an_unknown_token_signs_nobody_in() throws Exception {
        HttpResponse<String> signIn = post("/signin", cookie(get("/csrf", null)), "token=guess");

        assertThat(signIn.body()).isEqualTo("no");
    }

    @Test
    void ten_thousand_cookieless_requests_do_not_expire_a_sign_in_form_left_open() throws Exception {
        // given a visitor who opened a form, then an outsider who sends many requests without cookies
        HttpResponse<String> form = get("/csrf", null);
        String visitor = cookie(form);
        for (int i = 0; i < 10_050; i++) {
            get("/csrf", null);
        }

        // then the visitor's form still passes, and signing in with it still works
        assertThat(post("/form", visitor, "_csrf=" + form.body()).statusCode()).isEqualTo(200);
        assertThat(post("/signin", visitor, "token=" + TOKEN).body()).isEqualTo("in");
    }

    @Test
    void an_anonymous_cookie_that_this_server_did_not_sign_is_not_a_session() throws Exception {
        HttpResponse<String> form = get("/csrf", null);
        String visitor = cookie(form);
        String forged = visitor.substring(0, visitor.lastIndexOf('.') + 1) + "forged";

        assertThat(post("/form", forged, "_csrf=" + form.body()).statusCode()).isEqualTo(403);
        assertThat(cookie(get("/csrf", forged))).isNotEqualTo(forged);
    }

    @Test
    void behind_tls_the_session_cookie_is_marked_secure() throws Exception {
        Sessions secure = new Sessions(tokens, clock, true);
        Javalin tls = Javalin.create(cfg -> cfg.routes.get("/csrf", ctx -> ctx.result(secure.of(ctx).csrf())))
                .start("127.0.0.1", 0);
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + tls.port() + "/csrf")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.headers().firstValue("Set-Cookie").orElseThrow()).contains("; Secure");
            assertThat(get("/csrf", null).headers().firstValue("Set-Cookie").orElseThrow()).doesNotContain("Secure");
        } finally {
            tls.stop();
        }
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String cookie, String form) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The {@code name=value} of the session cookie a response sets. */
    private static String cookie(HttpResponse<String> response) {
        String header = response.headers().firstValue("Set-Cookie").orElseThrow(() -> new AssertionError("no cookie set"));
        return header.substring(0, header.indexOf(';'));
    }

    /** A clock that stands still until the test moves it. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
