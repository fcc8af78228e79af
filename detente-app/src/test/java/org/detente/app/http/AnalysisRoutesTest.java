package org.detente.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.detente.analysis.ConsularStaffing;
import org.detente.app.service.BundledWorkspace;
import org.detente.app.usecase.ConsularSection;
import org.detente.app.usecase.Gaps;
import org.detente.app.usecase.Question;
import org.detente.app.usecase.UseCases;
import org.detente.store.format.GapsShape;
import org.detente.testkit.EntryBodies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AnalysisRoutesTest {
    private static ApiFixture api;

    @BeforeAll
    static void start() {
        api = ApiFixture.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static String scenario(String entry) {
        return """
                {"name": "more expulsions", "description": "what if", "asOf": "2025-06-01",
                 "entries": [%s]}""".formatted(entry);
    }

    @Test
    void the_roadmap_as_of_a_date_has_goals_next_steps_and_the_overall_goal() {
        JsonNode roadmap = api.get("/api/dyads/us-ru/roadmap?asOf=2025-04-10").json();

        assertThat(roadmap.get("dyad").asText()).isEqualTo("us-ru");
        assertThat(roadmap.get("asOf").asText()).isEqualTo("2025-04-10");
        assertThat(roadmap.get("overallGoal").asText()).isEqualTo("normalization");
        assertThat(roadmap.get("goals").findValuesAsText("id")).contains("peace-in-ukraine", "ru-diplomats-in-us-25x");
        assertThat(roadmap.get("nextSteps").isArray()).isTrue();
    }

    @Test
    void gaps_reciprocity_and_pace_answer_their_documented_shapes_as_of_the_date() {
        JsonNode gaps = api.get("/api/dyads/us-ru/gaps?asOf=2025-04-10").json();
        JsonNode reciprocity = api.get("/api/dyads/us-ru/reciprocity?asOf=2025-04-10&windowDays=30").json();
        JsonNode pace = api.get("/api/dyads/us-ru/pace?asOf=2025-04-10").json();

        assertThat(gaps.get("asOf").asText()).isEqualTo("2025-04-10");
        assertThat(gaps.get("staff").size()).isPositive();
        assertThat(reciprocity.get("windowDays").asInt()).isEqualTo(30);
        assertThat(reciprocity.get("pairs").size()).isPositive();
        assertThat(reciprocity.has("escalation")).isTrue();
        assertThat(pace.get("talksBegan").asText()).startsWith("2025-02");
        assertThat(pace.get("rounds").size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void reciprocity_uses_ninety_days_unless_told_otherwise() {
        assertThat(api.get("/api/dyads/us-ru/reciprocity?asOf=2025-04-10").json().get("windowDays").asInt()).isEqualTo(90);
    }

    @Test
    void bad_dates_and_windows_are_400s_and_an_unknown_dyad_a_404() {
        for (String path : List.of("/api/dyads/us-ru/roadmap?asOf=10.04.2025", "/api/dyads/us-ru/gaps?asOf=2025-02-30",
                "/api/dyads/us-ru/pace?asOf=x", "/api/dyads/us-ru/reciprocity?windowDays=-1",
                "/api/dyads/us-ru/reciprocity?windowDays=many", "/api/dyads/us-ru/roadmap?knownAt=soon",
                "/api/dyads/us-ru/gaps?knownAt=2018-02-30", "/api/dyads/us-ru/pace?knownAt=25/03/2018",
                "/api/dyads/us-ru/reciprocity?knownAt=x")) {
            ApiFixture.Response response = api.get(path);
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.isProblem()).isTrue();
        }
        for (String view : List.of("roadmap", "gaps", "reciprocity", "pace")) {
            assertThat(api.get("/api/dyads/xx-yy/" + view).status()).isEqualTo(404);
        }
    }

    @Test
    void a_scenario_is_evaluated_against_the_ledger_and_nothing_is_stored() {
        long before = api.ledgerSize();

        ApiFixture.Response response = api.post("/api/dyads/us-ru/scenarios/evaluate",
                scenario(EntryBodies.expulsion(20, "2025-05-20")));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode result = response.json();
        assertThat(result.get("evaluated").asBoolean()).isTrue();
        assertThat(result.get("name").asText()).isEqualTo("more expulsions");
        assertThat(result.get("stateChanges").size()).isPositive();
        assertThat(api.ledgerSize()).isEqualTo(before);
    }

    @Test
    void a_scenario_with_a_consular_section_reports_capacity_changes_and_a_bad_section_is_a_400() {
        String lift = "{\"type\":\"restriction-lifted\",\"actor\":\"RU\",\"target\":\"US\","
                + "\"occurredOn\":\"2025-05-20\",\"restriction\":\"ru-local-staff-ban-2021\","
                + "\"sources\":[{\"url\":\"https://example.org/h\",\"title\":\"H\",\"publisher\":\"d\","
                + "\"date\":\"2025-05-20\"}]}";
        String restore = "{\"type\":\"visa-service-changed\",\"actor\":\"US\",\"target\":\"RU\","
                + "\"occurredOn\":\"2025-05-21\",\"mission\":\"us-embassy-moscow\",\"level\":\"full\","
                + "\"sources\":[{\"url\":\"https://example.org/h\",\"title\":\"H\",\"publisher\":\"d\","
                + "\"date\":\"2025-05-21\"}]}";
        String body = "{\"name\":\"restore\",\"asOf\":\"2025-06-01\",\"entries\":[" + lift + "," + restore + "]}";

        ApiFixture.Response response = api.post("/api/dyads/us-ru/scenarios/evaluate?officers=10&localStaff=30", body);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode change = null;
        for (JsonNode metric : response.json().get("metricChanges")) {
            if (metric.get("metric").asText().equals("consular-capacity")) {
                change = metric;
            }
        }
        assertThat(change).as(response.body()).isNotNull();
        assertThat(change.get("subject").asText()).isEqualTo("us-embassy-moscow");
        assertThat(change.get("after").asDouble()).isGreaterThan(change.get("before").asDouble());
        ApiFixture.Response bad = api.post("/api/dyads/us-ru/scenarios/evaluate?officers=ten", body);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").findValuesAsText("field")).contains("officers");
    }

    @Test
    void a_scenario_whose_entries_break_ledger_rules_is_a_422_naming_the_field_and_line() {
        String entry = EntryBodies.withField(EntryBodies.expulsion(2, "2025-05-20"), "mission", "\"us-consulate-atlantis\"");

        ApiFixture.Response response = api.post("/api/dyads/us-ru/scenarios/evaluate", scenario(entry));

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.json().get("type").asText()).isEqualTo("urn:detente:problem:invalid-scenario");
        JsonNode error = response.json().get("errors").get(0);
        assertThat(error.get("field").asText()).contains("mission");
        assertThat(error.get("line").asInt()).isEqualTo(3);
    }

    @Test
    void a_malformed_or_incomplete_scenario_is_a_400() {
        assertThat(api.post("/api/dyads/us-ru/scenarios/evaluate", "{\"name\": ").status()).isEqualTo(400);
        ApiFixture.Response missing = api.post("/api/dyads/us-ru/scenarios/evaluate", "{\"name\": \"x\", \"colour\": 1}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").findValuesAsText("field")).contains("asOf", "entries", "colour");
    }

    @Test
    void the_views_follow_the_ledger_when_it_changes() {
        int pairsBefore = api.get("/api/dyads/us-ru/reciprocity?asOf=2025-06-01").json().get("unanswered").size();

        api.post("/api/dyads/us-ru/ledger", EntryBodies.expulsion(9, "2025-05-30"), ApiFixture.bearer(ApiFixture.EDITOR));

        assertThat(api.get("/api/dyads/us-ru/reciprocity?asOf=2025-06-01").json().get("unanswered").size())
                .isEqualTo(pairsBefore + 1);
    }

    @Test
    void gaps_with_officers_give_each_mission_the_consular_outlook_the_cli_gives() throws Exception {
        UseCases bundled = new UseCases(new BundledWorkspace());
        Gaps expected = bundled.gaps().answer(new Question("us-ru", LocalDate.of(2025, 6, 1), Optional.empty()), Optional.of(
                new ConsularSection(new ConsularStaffing(10, 30), 1000, 6)));
        // Through text, as the CLI prints it, so that numbers compare as JSON numbers.
        JsonNode expectedConsular = ApiFixture.JSON.readTree(ApiFixture.JSON.writeValueAsString(GapsShape.of(
                expected.basis().dyad(), expected.asOf(), Optional.empty(), expected.staff(), expected.consular(),
                expected.parameters())))
                .get("consular");

        JsonNode gaps = api.get("/api/dyads/us-ru/gaps?asOf=2025-06-01&officers=10&localStaff=30&backlog=1000&horizon=6")
                .json();

        assertThat(gaps.get("consular").size()).isPositive();
        assertThat(gaps.get("consular").findValuesAsText("mission")).contains("us-embassy-moscow");
        assertThat(gaps.get("consular")).isEqualTo(expectedConsular);
    }

    @Test
    void gaps_without_officers_have_no_consular_outlook_and_the_horizon_defaults_to_twelve_months() {
        JsonNode without = api.get("/api/dyads/us-ru/gaps?asOf=2025-06-01").json();
        JsonNode with = api.get("/api/dyads/us-ru/gaps?asOf=2025-06-01&officers=4").json();

        assertThat(without.get("consular").size()).isZero();
        assertThat(with.get("consular").get(0).get("officers").asInt()).isEqualTo(4);
        assertThat(with.get("consular").get(0).get("localStaff").asInt()).isZero();
        assertThat(with.get("consular").get(0).get("horizonMonths").asInt()).isEqualTo(12);
    }

    @Test
    void bad_consular_values_are_400s_naming_the_parameter() {
        for (String query : List.of("officers=-1", "officers=ten", "officers=3&localStaff=1.5", "officers=3&backlog=-4",
                "officers=3&horizon=1000000000", "backlog=500", "horizon=6")) {
            ApiFixture.Response response = api.get("/api/dyads/us-ru/gaps?" + query);

            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.isProblem()).isTrue();
            String named = query.substring(query.lastIndexOf('&') + 1, query.lastIndexOf('='));
            assertThat(response.json().get("errors").get(0).get("field").asText()).as(query).isEqualTo(named);
        }
    }

    @Test
    void reciprocity_as_known_at_2018_03_25_has_no_pair_for_the_2018_expulsions_recorded_later() {
        JsonNode known = api.get("/api/dyads/us-ru/reciprocity?asOf=2018-12-31&knownAt=2018-03-25").json();
        JsonNode now = api.get("/api/dyads/us-ru/reciprocity?asOf=2018-12-31").json();

        assertThat(now.get("pairs").findValuesAsText("id")).contains("2018-03-26-us-expels-60");
        assertThat(known.get("pairs").findValuesAsText("id")).doesNotContain("2018-03-26-us-expels-60",
                "2018-03-29-ru-expels-60");
    }

    @Test
    void every_view_echoes_the_moment_of_knowledge_it_answers_at_or_null_for_everything_recorded() {
        for (String view : java.util.List.of("roadmap", "gaps", "reciprocity", "pace")) {
            JsonNode known = api.get("/api/dyads/us-ru/" + view + "?asOf=2018-06-30&knownAt=2018-03-25").json();
            JsonNode everything = api.get("/api/dyads/us-ru/" + view + "?asOf=2018-06-30").json();

            assertThat(known.get("asOf").asText()).as(view).isEqualTo("2018-06-30");
            assertThat(known.get("knownAt").asText()).as(view).startsWith("2018-03-25T23:59:59");
            assertThat(everything.get("knownAt").isNull()).as(view).isTrue();
        }
    }
}
