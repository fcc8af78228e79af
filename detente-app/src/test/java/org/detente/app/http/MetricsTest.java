package org.detente.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.detente.testkit.EntryBodies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What {@code /metrics} tells an operator, read over real HTTP after real requests. */
class MetricsTest {
    private static final String LEDGER = "/api/dyads/us-ru/ledger";
    private static final String LEDGER_ROUTE = "/api/dyads/{dyad}/ledger";
    private ApiFixture api;

    @BeforeEach
    void start() {
        api = ApiFixture.start();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void a_refused_write_is_recorded_under_its_route_template_not_under_a_wildcard() {
        assertThat(api.post(LEDGER, EntryBodies.expulsion(1, "2025-05-01")).status()).isEqualTo(401);
        assertThat(api.post(LEDGER, EntryBodies.expulsion(1, "2025-05-01"), ApiFixture.bearer(ApiFixture.VIEWER)).status())
                .isEqualTo(403);

        String metrics = scrape();

        assertThat(value(metrics, "http_server_requests_seconds_count", "method=\"POST\",route=\"" + LEDGER_ROUTE
                + "\",status=\"401\"")).isEqualTo(1);
        assertThat(value(metrics, "http_server_requests_seconds_count", "method=\"POST\",route=\"" + LEDGER_ROUTE
                + "\",status=\"403\"")).isEqualTo(1);
        assertThat(metrics).doesNotContain("route=\"*\"");
    }

    @Test
    void a_path_no_route_matches_is_counted_as_unmatched_so_the_series_stay_bounded() {
        assertThat(api.get("/no/such/page/12345").status()).isEqualTo(404);

        String metrics = scrape();

        assertThat(value(metrics, "http_server_requests_seconds_count", "method=\"GET\",route=\"unmatched\",status=\"404\""))
                .isEqualTo(1);
        assertThat(metrics).doesNotContain("12345");
    }

    @Test
    void appends_are_counted_and_refused_ones_by_the_reason_they_were_refused() {
        String editor = "Bearer " + ApiFixture.EDITOR;
        assertThat(api.post(LEDGER, EntryBodies.expulsion(1, "2025-05-01")).status()).isEqualTo(401);
        assertThat(api.post(LEDGER, EntryBodies.expulsion(1, "2025-05-01"), ApiFixture.bearer(ApiFixture.VIEWER)).status())
                .isEqualTo(403);
        assertThat(api.post(LEDGER, "{not json", "Authorization", editor).status()).isEqualTo(400);
        assertThat(api.post(LEDGER, EntryBodies.withField(EntryBodies.expulsion(1, "2025-05-01"), "colour", "\"red\""),
                "Authorization", editor).status()).isEqualTo(400);
        assertThat(api.post(LEDGER, EntryBodies.expulsion(-3, "2025-05-01"), "Authorization", editor).status())
                .isIn(400, 422);
        assertThat(api.post("/api/dyads/xx-yy/ledger", EntryBodies.expulsion(1, "2025-05-01"), "Authorization", editor)
                .status()).isEqualTo(404);
        assertThat(api.post(LEDGER, EntryBodies.expulsion(1, "2025-05-01"), "Authorization", editor, "If-Match", "\"1\"")
                .status()).isEqualTo(409);
        assertThat(api.post(LEDGER, EntryBodies.expulsion(2, "2025-05-02"), "Authorization", editor).status()).isEqualTo(201);
        assertThat(api.post(LEDGER, EntryBodies.expulsion(3, "2025-05-03"), "Authorization", editor).status()).isEqualTo(201);

        String metrics = scrape();

        assertThat(value(metrics, "detente_ledger_appends_total", "route=\"" + LEDGER_ROUTE + "\"")).isEqualTo(2);
        assertThat(rejected(metrics, "unauthenticated")).isEqualTo(1);
        assertThat(rejected(metrics, "forbidden")).isEqualTo(1);
        assertThat(rejected(metrics, "malformed-json")).isEqualTo(1);
        assertThat(rejected(metrics, "invalid-body") + rejected(metrics, "invalid-entry"))
                .as("the unknown field and the negative count").isEqualTo(2);
        assertThat(rejected(metrics, "unknown-dyad")).isEqualTo(1);
        assertThat(rejected(metrics, "conflict")).isEqualTo(1);
    }

    @Test
    void a_retraction_of_an_entry_already_retracted_is_counted_as_refused_under_its_route() {
        String editor = "Bearer " + ApiFixture.EDITOR;
        String id = api.post(LEDGER, EntryBodies.expulsion(2, "2025-05-02"), "Authorization", editor).json().get("id").asText();
        String retraction = "{\"reason\": \"the report was wrong\"}";
        assertThat(api.post(LEDGER + "/" + id + "/retraction", retraction, "Authorization", editor).status()).isEqualTo(201);
        assertThat(api.post(LEDGER + "/" + id + "/retraction", retraction, "Authorization", editor).status()).isEqualTo(409);

        String metrics = scrape();

        String route = "route=\"/api/dyads/{dyad}/ledger/{entryId}/retraction\"";
        assertThat(value(metrics, "detente_ledger_appends_total", route)).isEqualTo(1);
        assertThat(value(metrics, "detente_ledger_appends_rejected_total", "reason=\"already-retracted\"," + route))
                .isEqualTo(1);
    }

    @Test
    void a_refused_sign_in_is_counted_and_a_refused_web_form_write_too() throws Exception {
        assertThat(value(scrape(), "detente_signin_failures_total", null)).isZero();
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(api.base + "/signin")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(csrf.find()).isTrue();

        HttpResponse<String> signIn = client.send(HttpRequest.newBuilder(URI.create(api.base + "/signin"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)
                        + "&token=guess")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(401);
        HttpResponse<String> record = client.send(HttpRequest.newBuilder(URI.create(api.base + "/dyads/us-ru/record"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("type=staff-expelled")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(record.statusCode()).as("a form without the session's CSRF token").isEqualTo(403);

        String metrics = scrape();

        assertThat(value(metrics, "detente_signin_failures_total", null)).isEqualTo(1);
        assertThat(value(metrics, "detente_ledger_appends_rejected_total",
                "reason=\"forbidden\",route=\"/dyads/{dyad}/record\"")).isEqualTo(1);
    }

    private double rejected(String metrics, String reason) {
        return value(metrics, "detente_ledger_appends_rejected_total",
                "reason=\"" + reason + "\",route=\"" + LEDGER_ROUTE + "\"");
    }

    private String scrape() {
        ApiFixture.Response response = api.get("/metrics");
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    /** The value of the sample {@code name{labels}}; 0 when the series does not exist (yet). */
    static double value(String metrics, String name, String labels) {
        String series = labels == null ? name : name + "{" + labels + "}";
        for (String line : metrics.split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(series.length() + 1).trim());
            }
        }
        return 0;
    }
}
