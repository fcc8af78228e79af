package org.detente.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.detente.app.EventFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The news-event routes over real HTTP, on a DuckDB file built from the event fixtures. */
class EventRoutesTest {
    private static final String SUGGESTIONS = "/api/dyads/us-ru/events/suggestions";
    @TempDir
    Path dir;
    private ApiFixture api;

    @BeforeEach
    void start() {
        api = ApiFixture.withEvents(EventFixtures.store(dir.resolve("events.duckdb")));
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void the_series_gives_every_month_of_both_directions_with_counts_by_quad_class_and_goldstein() {
        ApiFixture.Response response = api.get("/api/dyads/us-ru/events/series?from=2019-09&to=2019-12");

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("from").asText()).isEqualTo("2019-09");
        JsonNode us = body.get("directions").get(0);
        assertThat(us.get("actor").asText()).isEqualTo("US");
        assertThat(us.get("months")).hasSize(4);
        JsonNode october = us.get("months").get(1);
        assertThat(october.get("events").asLong()).isEqualTo(2);
        assertThat(october.get("verbalCooperation").asLong()).isEqualTo(2);
        assertThat(october.get("goldsteinSum").asDouble()).isEqualTo(14.0);
        assertThat(october.get("goldsteinMean").asDouble()).isEqualTo(7.0);
        assertThat(october.get("toneMean").asDouble()).isEqualTo(2.0);
        assertThat(body.get("directions").get(1).get("months").get(1).get("materialConflict").asLong()).isEqualTo(1);
    }

    @Test
    void without_months_the_series_spans_the_dyads_events_and_a_bad_month_is_a_400_naming_it() {
        assertThat(api.get("/api/dyads/us-ru/events/series").json().get("from").asText()).isEqualTo("1982-01");

        ApiFixture.Response bad = api.get("/api/dyads/us-ru/events/series?from=2019-13");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.isProblem()).isTrue();
        assertThat(bad.json().get("errors").get(0).get("field").asText()).isEqualTo("from");
        assertThat(api.get("/api/dyads/xx-yy/events/series").status()).isEqualTo(404);
    }

    @Test
    void suggestions_are_listed_with_their_status_and_reporting_events() {
        JsonNode body = api.get(SUGGESTIONS + "?status=pending").json();

        assertThat(body.get("suggestions")).hasSize(8);
        JsonNode expulsion = body.get("suggestions").get(1);
        assertThat(expulsion.get("id").asText()).isEqualTo("ev-us-ru-20180326-staff-expelled");
        assertThat(expulsion.get("reports").asInt()).isEqualTo(2);
        assertThat(expulsion.get("sources").get(0).get("url").asText())
                .isEqualTo("https://news.example.org/2018/03/26/us-expels-60");
        assertThat(api.get(SUGGESTIONS + "?status=maybe").status()).isEqualTo(400);
    }

    @Test
    void an_editor_accepts_an_expulsion_with_its_count_and_it_becomes_a_ledger_entry() {
        long before = api.ledgerSize();

        ApiFixture.Response response = api.post(SUGGESTIONS + "/ev-us-ru-20180326-staff-expelled/acceptance",
                "{\"count\": 60}", ApiFixture.bearer(ApiFixture.EDITOR));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("entryId").asText()).isEqualTo("ev-us-ru-20180326-staff-expelled");
        assertThat(api.ledgerSize()).isEqualTo(before + 1);
        JsonNode entry = api.get("/api/dyads/us-ru/ledger/ev-us-ru-20180326-staff-expelled").json();
        assertThat(entry.get("author").asText()).isEqualTo("eve");
        assertThat(api.auditor.recent(10)).anySatisfy(event ->
                assertThat(event.entryId()).isEqualTo("ev-us-ru-20180326-staff-expelled"));
        assertThat(api.get(SUGGESTIONS + "?status=accepted").json().get("suggestions").get(0).get("id").asText())
                .isEqualTo("ev-us-ru-20180326-staff-expelled");
    }

    @Test
    void an_expulsion_without_its_count_is_a_422_and_nothing_is_appended() {
        long before = api.ledgerSize();

        ApiFixture.Response response = api.post(SUGGESTIONS + "/ev-us-ru-20180326-staff-expelled/acceptance", "{}",
                ApiFixture.bearer(ApiFixture.EDITOR));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("type").asText()).isEqualTo("urn:detente:problem:detail-missing");
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("count");
        assertThat(api.ledgerSize()).isEqualTo(before);
    }

    @Test
    void an_acceptance_body_with_an_unknown_field_or_a_negative_count_is_a_400_naming_the_field() {
        ApiFixture.Response response = api.post(SUGGESTIONS + "/ev-us-ru-20180326-staff-expelled/acceptance",
                "{\"count\": -2, \"colour\": \"red\"}", ApiFixture.bearer(ApiFixture.EDITOR));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("count", "colour");
    }

    @Test
    void a_dismissed_suggestion_cannot_be_decided_again_and_an_unknown_one_is_a_404() {
        String dismissal = SUGGESTIONS + "/ev-us-ru-20191001-talks-held/dismissal";

        assertThat(api.post(dismissal, "", ApiFixture.bearer(ApiFixture.EDITOR)).status()).isEqualTo(200);
        ApiFixture.Response again = api.post(dismissal, "", ApiFixture.bearer(ApiFixture.EDITOR));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asText()).isEqualTo("urn:detente:problem:already-decided");
        assertThat(api.post(SUGGESTIONS + "/ev-nope/dismissal", "", ApiFixture.bearer(ApiFixture.EDITOR)).status())
                .isEqualTo(404);
    }

    @Test
    void decisions_need_an_editor() {
        String dismissal = SUGGESTIONS + "/ev-us-ru-20191001-talks-held/dismissal";

        assertThat(api.post(dismissal, "").status()).isEqualTo(401);
        assertThat(api.post(dismissal, "", ApiFixture.bearer(ApiFixture.VIEWER)).status()).isEqualTo(403);
        assertThat(api.get(SUGGESTIONS + "?status=dismissed").json().get("suggestions")).isEmpty();
    }

    @Test
    void a_server_without_an_imported_event_store_says_so_and_creates_no_file(@TempDir Path empty) {
        Path missing = empty.resolve("events.duckdb");
        try (ApiFixture bare = ApiFixture.withEvents(missing)) {
            ApiFixture.Response series = bare.get("/api/dyads/us-ru/events/series");
            assertThat(series.status()).isEqualTo(404);
            assertThat(series.json().get("type").asText()).isEqualTo("urn:detente:problem:no-events");
            assertThat(bare.get(SUGGESTIONS).json().get("suggestions")).isEmpty();
        }
        assertThat(missing).doesNotExist();
    }
}
