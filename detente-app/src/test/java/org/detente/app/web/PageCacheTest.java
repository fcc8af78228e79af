package org.detente.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.detente.testkit.EntryBodies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The page cache over real HTTP, on the server {@code detente serve} builds: a kept page follows the
 * ledger at once, every date and moment of knowledge is its own page, a signed-in visitor and an
 * anonymous one never receive each other's page or token, and a matching {@code If-None-Match}
 * is answered 304.
 */
class PageCacheTest {
    private static final Pattern CSRF = Pattern.compile("\"X-CSRF-Token\": \"([^\"]+)\"");

    private final HttpClient http = HttpClient.newHttpClient();
    private DashboardServer server;

    @BeforeEach
    void start() {
        server = DashboardServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void an_entry_appended_through_the_api_is_on_the_next_page_served_and_the_old_etag_no_longer_matches() throws Exception {
        String path = "/dyads/us-ru/ledger?asOf=2025-06-01&from=2025-05-01";
        HttpResponse<String> before = get(path, null, null);
        String cookie = cookie(before);
        HttpResponse<String> kept = get(path, cookie, null);
        assertThat(kept.body()).as("served again, from the cache").isEqualTo(before.body());

        String id = server.append(expulsion("2025-05-20")); // 201, or the test fails

        HttpResponse<String> after = get(path, cookie, before.headers().firstValue("ETag").orElseThrow());
        assertThat(after.statusCode()).as("the kept page's tag names the old ledger").isEqualTo(200);
        assertThat(before.body()).doesNotContain(id);
        assertThat(after.body()).contains(id);
    }

    @Test
    void each_date_and_moment_of_knowledge_is_its_own_page() throws Exception {
        String cookie = cookie(get("/dyads/us-ru", null, null));
        String[] paths = {"/dyads/us-ru?asOf=2017-01-01", "/dyads/us-ru?asOf=2025-06-01",
                "/dyads/us-ru?asOf=2025-06-01&knownAt=2018-01-01", "/dyads/us-ru/missions?asOf=2018-06-30",
                "/dyads/us-ru/missions?knownAt=2018-01-01&asOf=2018-06-30"};
        String[] first = new String[paths.length];
        for (int i = 0; i < paths.length; i++) {
            first[i] = get(paths[i], cookie, null).body();
        }
        for (int i = 0; i < paths.length; i++) {
            assertThat(get(paths[i], cookie, null).body()).as(paths[i] + " served again").isEqualTo(first[i]);
            for (int j = 0; j < i; j++) {
                assertThat(first[i]).as(paths[i] + " against " + paths[j]).isNotEqualTo(first[j]);
            }
        }
        assertThat(first[1]).contains("2025-06-01");
        assertThat(first[2]).contains("2018-01-01");
        assertThat(get("/dyads/us-ru?knownAt=2018-01-01&asOf=2025-06-01", cookie, null).body())
                .as("the same question with its parameters in another order").isEqualTo(first[2]);
    }

    @Test
    void a_signed_in_editor_never_receives_an_anonymous_page_nor_an_anonymous_visitor_the_editors() throws Exception {
        String path = "/dyads/us-ru/record?asOf=2025-06-01";
        HttpResponse<String> anonymous = get(path, null, null);
        String anonymousCookie = cookie(anonymous);
        assertThat(get(path, anonymousCookie, null).body()).contains("Recording needs a sign-in");

        String editorCookie = signIn(DashboardServer.EDITOR);
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> editors = get(path, editorCookie, null);
            assertThat(editors.body()).contains("Signed in as <strong>eve</strong>").doesNotContain("Recording needs a sign-in")
                    .doesNotContain(csrf(anonymous.body()));
            assertThat(editors.headers().firstValue("ETag")).as("an editor's page is not kept").isEmpty();
            assertThat(editors.headers().firstValue("Cache-Control")).hasValue("no-store");
        }

        HttpResponse<String> again = get(path, anonymousCookie, null);
        assertThat(again.body()).contains("Recording needs a sign-in").doesNotContain("Signed in as");
        assertThat(csrf(again.body())).isEqualTo(csrf(anonymous.body()));
    }

    @Test
    void each_anonymous_visitor_receives_the_kept_page_with_its_own_form_token_which_its_forms_pass() throws Exception {
        String path = "/dyads/us-ru/scenarios?asOf=2025-06-01";
        HttpResponse<String> first = get(path, null, null);
        HttpResponse<String> second = get(path, null, null);
        String firstToken = csrf(first.body());
        String secondToken = csrf(second.body());

        assertThat(secondToken).isNotEqualTo(firstToken);
        assertThat(second.body()).doesNotContain(firstToken);
        assertThat(second.body().replace(secondToken, firstToken)).as("the same page otherwise").isEqualTo(first.body());
        assertThat(second.headers().firstValue("ETag")).isNotEqualTo(first.headers().firstValue("ETag"));
        HttpResponse<String> evaluated = http.send(HttpRequest.newBuilder(URI.create(server.base + path))
                .header("Cookie", cookie(second)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + secondToken + "&name=What+if")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(evaluated.statusCode()).as("the token put back in the kept page is the session's").isEqualTo(200);
    }

    @Test
    void a_matching_if_none_match_is_answered_304_without_a_body_and_another_tag_gets_the_page() throws Exception {
        String path = "/dyads/us-ru/roadmap?asOf=2025-06-01";
        HttpResponse<String> page = get(path, null, null);
        String cookie = cookie(page);
        String etag = page.headers().firstValue("ETag").orElseThrow();
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("private, no-cache");

        HttpResponse<String> notModified = get(path, cookie, etag);
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(notModified.headers().firstValue("ETag")).hasValue(etag);
        assertThat(get(path, cookie, "W/" + etag).statusCode()).as("a weak comparison").isEqualTo(304);

        assertThat(get(path, cookie, "\"another\"").statusCode()).isEqualTo(200);
        assertThat(get(path, null, etag).statusCode()).as("another visitor's tag, a new session").isEqualTo(200);
        assertThat(get("/dyads/us-ru/roadmap?asOf=2025-05-01", cookie, etag).statusCode())
                .as("the tag of another date").isEqualTo(200);
    }

    @Test
    void the_cache_keeps_no_more_bytes_than_its_bound_dropping_the_least_recently_used_page() throws Exception {
        java.time.Clock clock = java.time.Clock.fixed(DashboardServer.NOW, java.time.ZoneOffset.UTC);
        Sessions sessions = new Sessions(new org.detente.app.service.InMemoryAuthenticator(), clock);
        PageSupport support = new PageSupport(new DyadViews(server.workspace, new org.detente.app.usecase.UseCases(server.workspace)), sessions, clock);
        PageCache cache = new PageCache(support, null, 25_000);
        java.util.concurrent.atomic.AtomicInteger renders = new java.util.concurrent.atomic.AtomicInteger();
        io.javalin.Javalin app = io.javalin.Javalin.create(cfg -> cfg.routes.get("/dyads/{dyad}/page", cache.around(ctx -> {
            renders.incrementAndGet();
            ctx.html("x".repeat(10_000) + sessions.of(ctx).csrf());
        }))).start("127.0.0.1", 0);
        try {
            String base = "http://127.0.0.1:" + app.port() + "/dyads/us-ru/page?n=";
            String cookie = null;
            for (int n = 1; n <= 10; n++) {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + n));
                if (cookie != null) {
                    request.header("Cookie", cookie);
                }
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                cookie = cookie == null ? cookie(response) : cookie;
                assertThat(response.body()).startsWith("xxx").hasSize(10_000 + 43);
                assertThat(cache.size()[1]).as("kept bytes after page " + n).isLessThanOrEqualTo(25_000);
            }
            assertThat(cache.size()[0]).isEqualTo(2);
            int rendered = renders.get();
            http.send(HttpRequest.newBuilder(URI.create(base + 10)).header("Cookie", cookie).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(renders.get()).as("the latest page is kept").isEqualTo(rendered);
            http.send(HttpRequest.newBuilder(URI.create(base + 1)).header("Cookie", cookie).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(renders.get()).as("the first page was dropped").isEqualTo(rendered + 1);
        } finally {
            app.stop();
        }
    }

    @Test
    void visitors_asking_at_once_for_a_page_not_kept_yet_wait_for_one_render_of_it() throws Exception {
        java.time.Clock clock = java.time.Clock.fixed(DashboardServer.NOW, java.time.ZoneOffset.UTC);
        Sessions sessions = new Sessions(new org.detente.app.service.InMemoryAuthenticator(), clock);
        PageCache cache = new PageCache(new PageSupport(new DyadViews(server.workspace, new org.detente.app.usecase.UseCases(server.workspace)), sessions, clock), null,
                PageCache.DEFAULT_MAX_BYTES);
        java.util.concurrent.atomic.AtomicInteger renders = new java.util.concurrent.atomic.AtomicInteger();
        io.javalin.Javalin app = io.javalin.Javalin.create(cfg -> cfg.routes.get("/dyads/{dyad}/slow", cache.around(ctx -> {
            renders.incrementAndGet();
            Thread.sleep(500);
            ctx.html("slow page " + sessions.of(ctx).csrf());
        }))).start("127.0.0.1", 0);
        try {
            URI slow = URI.create("http://127.0.0.1:" + app.port() + "/dyads/us-ru/slow");
            List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> responses = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                responses.add(http.sendAsync(HttpRequest.newBuilder(slow).build(), HttpResponse.BodyHandlers.ofString()));
            }
            for (var response : responses) {
                HttpResponse<String> page = response.join();
                assertThat(page.statusCode()).isEqualTo(200);
                assertThat(page.body()).isEqualTo("slow page " + csrfOfCookie(sessions, cookie(page)));
            }
            assertThat(renders.get()).isEqualTo(1);
        } finally {
            app.stop();
        }
    }

    /** The token the page must carry for the visitor of {@code cookie}, asked of the sessions as a page would. */
    private static String csrfOfCookie(Sessions sessions, String cookie) throws Exception {
        io.javalin.Javalin probe = io.javalin.Javalin.create(cfg -> cfg.routes.get("/t", ctx -> ctx.result(
                sessions.of(ctx).csrf()))).start("127.0.0.1", 0);
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + probe.port() + "/t"))
                    .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString()).body();
        } finally {
            probe.stop();
        }
    }

    private HttpResponse<String> get(String path, String cookie, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.base + path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isIn(200, 304);
        return response;
    }

    private String signIn(String token) throws Exception {
        HttpResponse<String> form = get("/signin", null, null);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(server.base + "/signin"))
                .header("Cookie", cookie(form)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf(form.body()) + "&token=" + token + "&next=/"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(303);
        return cookie(signedIn);
    }

    private static String cookie(HttpResponse<String> response) {
        String header = response.headers().firstValue("Set-Cookie").orElseThrow();
        return header.substring(0, header.indexOf(';'));
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a form token in the page").isTrue();
        return m.group(1);
    }

    private static String expulsion(String occurredOn) {
        return EntryBodies.expulsion(3, occurredOn);
    }
}
