package org.detente.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.detente.testkit.EntryBodies;
import org.junit.jupiter.api.Test;

class AccessTest {
    private static final String LEDGER = "/api/dyads/us-ru/ledger";

    private static void assertProblem(ApiFixture.Response response, int status, String type) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("type").asText()).isEqualTo("urn:detente:problem:" + type);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("Authorization");
    }

    @Test
    void a_write_without_a_token_with_a_wrong_one_or_with_a_revoked_one_is_a_401_and_stores_nothing() {
        try (ApiFixture api = ApiFixture.start()) {
            long before = api.ledgerSize();
            String entry = EntryBodies.expulsion(1, "2025-05-01");

            assertProblem(api.post(LEDGER, entry), 401, "unauthenticated");
            assertProblem(api.post(LEDGER, entry, ApiFixture.bearer("guess")), 401, "unauthenticated");
            assertProblem(api.post(LEDGER, entry, ApiFixture.bearer(ApiFixture.REVOKED)), 401, "unauthenticated");
            assertProblem(api.post(LEDGER, entry, "Authorization", "Basic ZXZlOnNlY3JldA=="), 401, "unauthenticated");
            assertThat(api.ledgerSize()).isEqualTo(before);
        }
    }

    @Test
    void a_token_revoked_while_the_server_runs_stops_working_at_once() {
        try (ApiFixture api = ApiFixture.start()) {
            assertThat(api.post(LEDGER, EntryBodies.expulsion(1, "2025-05-01"), ApiFixture.bearer(ApiFixture.EDITOR)).status())
                    .isEqualTo(201);

            api.tokens.revoke(ApiFixture.EDITOR);

            assertProblem(api.post(LEDGER, EntryBodies.expulsion(2, "2025-05-01"), ApiFixture.bearer(ApiFixture.EDITOR)), 401,
                    "unauthenticated");
        }
    }

    @Test
    void a_viewer_trying_to_write_is_a_403_and_stores_nothing() {
        try (ApiFixture api = ApiFixture.start()) {
            long before = api.ledgerSize();

            assertProblem(api.post(LEDGER, EntryBodies.expulsion(1, "2025-05-01"), ApiFixture.bearer(ApiFixture.VIEWER)), 403,
                    "forbidden");
            String id = api.get(LEDGER + "?limit=1").json().get("entries").get(0).get("id").asText();
            assertProblem(api.post(LEDGER + "/" + id + "/retraction", "{\"reason\": \"x\"}",
                    ApiFixture.bearer(ApiFixture.VIEWER)), 403, "forbidden");
            assertThat(api.ledgerSize()).isEqualTo(before);
        }
    }

    @Test
    void only_an_admin_reads_the_audit() {
        try (ApiFixture api = ApiFixture.start()) {
            assertProblem(api.get("/api/audit"), 401, "unauthenticated");
            assertProblem(api.get("/api/audit", ApiFixture.bearer(ApiFixture.EDITOR)), 403, "forbidden");
            assertProblem(api.get("/api/audit", ApiFixture.bearer(ApiFixture.VIEWER)), 403, "forbidden");
            assertThat(api.get("/api/audit", ApiFixture.bearer(ApiFixture.ADMIN)).status()).isEqualTo(200);
        }
    }

    @Test
    void when_reads_require_a_token_a_read_without_one_is_a_401_and_a_viewer_may_read() {
        try (ApiFixture api = ApiFixture.start(ApiSettings.defaults().withReadsRequiringToken(true))) {
            assertProblem(api.get("/api/dyads/us-ru/state"), 401, "unauthenticated");
            assertProblem(api.get(LEDGER, ApiFixture.bearer(ApiFixture.REVOKED)), 401, "unauthenticated");
            assertThat(api.get(LEDGER, ApiFixture.bearer(ApiFixture.VIEWER)).status()).isEqualTo(200);
            assertThat(api.get("/health").status()).isEqualTo(200);
        }
    }

    @Test
    void a_401_tells_the_client_to_use_a_bearer_token() {
        try (ApiFixture api = ApiFixture.start()) {
            java.net.http.HttpResponse<String> response;
            try {
                response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                        .newBuilder(java.net.URI.create(api.base + "/api/audit")).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        }
    }
}
