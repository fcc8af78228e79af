package org.detente.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The analysis routes as known at a moment, over a ledger written to during the test (each test
 * starts its own API, since the writes would change what the other tests of a shared one see).
 * The fixture's clock records every write at {@link ApiFixture#NOW}.
 */
class KnownAtRoutesTest {
    private static final String BEFORE_THE_WRITES = "2025-06-01T11:00:00Z";
    private static final String SF_REOPENED = "ru-cg-san-francisco-reopened";
    private static final String REOPEN_SAN_FRANCISCO = """
            {"type": "mission-reopened", "actor": "US", "target": "RU", "occurredOn": "2025-05-20",
             "mission": "ru-cg-san-francisco",
             "sources": [{"url": "https://example.org/reopening", "title": "A reopening", "publisher": "Example",
                          "date": "2025-05-20"}]}""";

    private ApiFixture api;

    @BeforeEach
    void start() {
        api = ApiFixture.start();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private String statusOf(String goal, String query) {
        for (JsonNode node : api.get("/api/dyads/us-ru/roadmap?asOf=2025-06-01" + query).json().get("goals")) {
            if (node.get("id").asText().equals(goal)) {
                return node.get("status").asText();
            }
        }
        throw new AssertionError("no goal " + goal);
    }

    private JsonNode responseTo(String measure, String query) {
        for (JsonNode pair : api.get("/api/dyads/us-ru/reciprocity?asOf=2018-12-31" + query).json().get("pairs")) {
            if (pair.get("measure").get("id").asText().equals(measure)) {
                return pair.get("response");
            }
        }
        return null;
    }

    @Test
    void the_roadmap_as_known_before_an_entry_was_recorded_ignores_it() {
        ApiFixture.Response written = api.post("/api/dyads/us-ru/ledger", REOPEN_SAN_FRANCISCO,
                ApiFixture.bearer(ApiFixture.EDITOR));
        assertThat(written.status()).as(written.body()).isEqualTo(201);

        assertThat(statusOf(SF_REOPENED, "")).isEqualTo("MET");
        assertThat(statusOf(SF_REOPENED, "&knownAt=" + BEFORE_THE_WRITES)).isEqualTo("READY");
        assertThat(statusOf(SF_REOPENED, "&knownAt=" + ApiFixture.NOW)).isEqualTo("MET");
    }

    @Test
    void a_retraction_recorded_after_the_moment_does_not_yet_hide_the_response_it_retracts() {
        ApiFixture.Response retracted = api.post("/api/dyads/us-ru/ledger/2018-03-29-ru-expels-60/retraction",
                "{\"reason\": \"a test of knowledge\"}", ApiFixture.bearer(ApiFixture.EDITOR));
        assertThat(retracted.status()).as(retracted.body()).isEqualTo(201);

        JsonNode now = responseTo("2018-03-26-us-expels-60", "");
        JsonNode before = responseTo("2018-03-26-us-expels-60", "&knownAt=" + BEFORE_THE_WRITES);

        assertThat(now == null ? null : now.get("id").asText()).isNotEqualTo("2018-03-29-ru-expels-60");
        assertThat(before.get("id").asText()).isEqualTo("2018-03-29-ru-expels-60");
    }
}
