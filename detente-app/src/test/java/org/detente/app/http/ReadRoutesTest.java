package org.detente.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReadRoutesTest {
    private static ApiFixture api;

    @BeforeAll
    static void start() {
        api = ApiFixture.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void the_dyads_list_names_the_bundled_dyad_with_its_countries_and_ledger_size() {
        JsonNode dyads = api.get("/api/dyads").json().get("dyads");

        assertThat(dyads).hasSize(1);
        assertThat(dyads.get(0).get("id").asText()).isEqualTo("us-ru");
        assertThat(dyads.get(0).get("countries").get("US").asText()).isEqualTo("United States");
        assertThat(dyads.get(0).get("lastSequence").asLong()).isEqualTo(api.ledgerSize());
    }

    @Test
    void the_state_is_the_cli_shape_as_of_the_date_asked_with_the_ledger_version_as_etag() {
        ApiFixture.Response response = api.get("/api/dyads/us-ru/state?asOf=2025-04-10");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.etag()).isEqualTo("\"" + api.ledgerSize() + "\"");
        JsonNode state = response.json();
        assertThat(state.get("dyad").asText()).isEqualTo("us-ru");
        assertThat(state.get("asOf").asText()).isEqualTo("2025-04-10");
        assertThat(state.get("missions").size()).isPositive();
        assertThat(state.get("talks").findValuesAsText("date")).contains("2025-02-27");
    }

    @Test
    void the_state_as_known_at_an_earlier_moment_leaves_out_what_was_recorded_later() {
        JsonNode everything = api.get("/api/dyads/us-ru/state?asOf=2025-04-30").json();
        JsonNode knownEarly = api.get("/api/dyads/us-ru/state?asOf=2025-04-30&knownAt=2017-01-01").json();

        assertThat(knownEarly.get("knownAt").asText()).startsWith("2017-01-01");
        assertThat(knownEarly.get("entriesApplied").asInt()).isLessThan(everything.get("entriesApplied").asInt());
    }

    @Test
    void the_state_defaults_to_today_by_the_server_clock() {
        assertThat(api.get("/api/dyads/us-ru/state").json().get("asOf").asText()).isEqualTo("2025-06-01");
    }

    @Test
    void an_invalid_date_or_moment_is_a_400_naming_the_parameter() {
        ApiFixture.Response badDate = api.get("/api/dyads/us-ru/state?asOf=2025-13-01");
        ApiFixture.Response badMoment = api.get("/api/dyads/us-ru/state?knownAt=yesterday");

        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.isProblem()).isTrue();
        assertThat(badDate.json().get("errors").get(0).get("field").asText()).isEqualTo("asOf");
        assertThat(badMoment.status()).isEqualTo(400);
        assertThat(badMoment.json().get("errors").get(0).get("field").asText()).isEqualTo("knownAt");
    }

    @Test
    void an_unknown_dyad_is_a_404_problem_on_every_dyad_route() {
        for (String path : List.of("/api/dyads/xx-yy/state", "/api/dyads/xx-yy/ledger", "/api/dyads/nonsense/ledger/x")) {
            ApiFixture.Response response = api.get(path);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.json().get("type").asText()).isEqualTo("urn:detente:problem:unknown-dyad");
            assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("dyad");
        }
    }

    @Test
    void an_unknown_route_is_a_404_problem() {
        ApiFixture.Response response = api.get("/api/nothing-here");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.isProblem()).isTrue();
    }

    @Test
    void paging_through_the_ledger_with_the_next_cursor_visits_every_entry_once_in_sequence_order() {
        List<Long> sequences = new ArrayList<>();
        String path = "/api/dyads/us-ru/ledger?limit=7";
        while (true) {
            JsonNode page = api.get(path).json();
            page.get("entries").forEach(e -> sequences.add(e.get("sequence").asLong()));
            assertThat(page.get("count").asInt()).isLessThanOrEqualTo(7);
            if (page.get("next").isNull()) {
                break;
            }
            path = "/api/dyads/us-ru/ledger?limit=7&after=" + page.get("next").asLong();
        }

        assertThat(sequences).hasSize((int) api.ledgerSize()).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void the_ledger_filters_by_type_actor_and_date_range() {
        JsonNode page = api.get("/api/dyads/us-ru/ledger?type=talks-held&actor=us&from=2025-01-01&to=2025-12-31&limit=500")
                .json();

        assertThat(page.get("count").asInt()).isPositive();
        page.get("entries").forEach(e -> {
            assertThat(e.get("type").asText()).isEqualTo("talks-held");
            assertThat(e.get("actor").asText()).isEqualTo("US");
            assertThat(e.get("occurredOn").asText()).startsWith("2025");
        });
    }

    @Test
    void listing_parameters_out_of_range_or_of_the_wrong_kind_are_400s_naming_the_parameter() {
        record Case(String query, String field) {
        }
        for (Case c : List.of(new Case("limit=501", "limit"), new Case("limit=0", "limit"), new Case("after=-1", "after"),
                new Case("limit=ten", "limit"), new Case("type=invasion", "type"), new Case("actor=FR", "actor"),
                new Case("actor=France", "actor"), new Case("from=2025-02-30", "from"),
                new Case("from=2025-05-01&to=2025-01-01", "from"))) {
            ApiFixture.Response response = api.get("/api/dyads/us-ru/ledger?" + c.query());
            assertThat(response.status()).as(c.query()).isEqualTo(400);
            assertThat(response.isProblem()).isTrue();
            assertThat(response.json().get("errors").get(0).get("field").asText()).as(c.query()).isEqualTo(c.field());
        }
    }

    @Test
    void one_entry_is_read_by_its_id_and_an_unknown_id_is_a_404() {
        String id = api.get("/api/dyads/us-ru/ledger?limit=1").json().get("entries").get(0).get("id").asText();

        assertThat(api.get("/api/dyads/us-ru/ledger/" + id).json().get("id").asText()).isEqualTo(id);
        ApiFixture.Response missing = api.get("/api/dyads/us-ru/ledger/no-such-entry");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("type").asText()).isEqualTo("urn:detente:problem:unknown-entry");
    }

    @Test
    void reads_are_open_without_a_token_by_default() {
        assertThat(api.get("/api/dyads").status()).isEqualTo(200);
        assertThat(api.get("/api/dyads", ApiFixture.bearer("nonsense")).status()).isEqualTo(200);
    }
}
