package org.detente.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class StatusCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void status_as_of_mid_2018_shows_the_san_francisco_consulate_closed() {
        CliRun run = CliRun.of("status", "--as-of", "2018-06-30");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("as of 2018-06-30")
                .containsPattern("RU\\s+US\\s+consulate-general\\s+San Francisco\\s+CLOSED\\s+2017-09-02");
    }

    @Test
    void status_json_has_the_documented_shape() throws Exception {
        CliRun run = CliRun.of("status", "--dyad", "us-ru", "--as-of", "2018-06-30", "--json");
        assertThat(run.exitCode()).isZero();
        JsonNode state = JSON.readTree(run.out());
        assertThat(state.get("dyad").asText()).isEqualTo("us-ru");
        assertThat(state.get("asOf").asText()).isEqualTo("2018-06-30");
        JsonNode mission = state.get("missions").get(0);
        assertThat(mission.has("id") && mission.has("sending") && mission.has("host") && mission.has("kind")
                && mission.has("city") && mission.has("status")).isTrue();
        JsonNode staff = state.get("staff");
        assertThat(staff).hasSize(2);
        for (String field : new String[] {"sending", "host", "diplomatic", "adminTechnical", "local", "total", "cap"}) {
            assertThat(staff.get(0).has(field)).as(field).isTrue();
        }
        assertThat(state.get("restrictions").isArray()).isTrue();
        assertThat(state.get("talks").isArray()).isTrue();
        JsonNode usStaff = staff.get(0).get("sending").asText().equals("US") ? staff.get(0) : staff.get(1);
        assertThat(usStaff.get("cap").asInt()).isEqualTo(455);
    }

    @Test
    void status_of_mid_2019_shows_the_300_day_wait_for_a_visa_in_moscow_with_who_reported_it_and_the_source() {
        CliRun run = CliRun.of("status", "--as-of", "2019-06-01");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Visa waits")
                .containsPattern("US\\s+RU\\s+U\\.S\\. Embassy Moscow\\s+nonimmigrant\\s+B1/B2\\s+300 days\\s+2018-09")
                .contains("State Department appointment wait-time tool (as cited by RBC)")
                .contains("Tsarizm (RBC, The Moscow Times), 2018-09-28");
    }

    @Test
    void status_json_adds_the_visa_waits_and_keeps_the_visa_access_fields() throws Exception {
        JsonNode state = JSON.readTree(CliRun.of("status", "--as-of", "2020-12-31", "--json").out());
        assertThat(state.has("visaAccess")).isTrue();
        JsonNode moscow = null;
        for (JsonNode wait : state.get("visaWaits")) {
            if (wait.get("post").asText().equals("U.S. Embassy Moscow") && wait.get("visaClass").asText().equals("all")) {
                moscow = wait;
            }
        }
        assertThat(moscow).isNotNull();
        assertThat(moscow.get("noAppointments").asBoolean()).isTrue();
        assertThat(moscow.get("waitDays").isNull()).isTrue();
        assertThat(moscow.get("reportedIn").asText()).isEqualTo("2020-12-03-us-visa-wait-moscow-no-appointments");
    }

    @Test
    void status_of_may_2025_lists_the_istanbul_talks() throws Exception {
        JsonNode state = JSON.readTree(CliRun.of("status", "--as-of", "2025-05-01", "--json").out());
        assertThat(state.get("talks").findValuesAsText("venue")).anyMatch(v -> v.contains("Istanbul"));
    }

    @Test
    void known_at_hides_what_was_not_yet_recorded() throws Exception {
        JsonNode known = JSON.readTree(CliRun.of("status", "--as-of", "2018-06-30", "--known-at", "2018-03-25",
                "--json").out());
        JsonNode seattle = null;
        for (JsonNode mission : known.get("missions")) {
            if (mission.get("id").asText().equals("ru-cg-seattle")) {
                seattle = mission;
            }
        }
        assertThat(seattle).isNotNull();
        assertThat(seattle.get("status").asText()).isEqualTo("OPERATIONAL");
        assertThat(known.get("knownAt").asText()).startsWith("2018-03-25T23:59:59");
    }

    @Test
    void an_unknown_dyad_is_one_line_and_exit_code_2() {
        CliRun run = CliRun.of("status", "--dyad", "fr-de");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("detente: unknown dyad 'fr-de' (known: us-ru, ca-in, sa-ir, us-cu)");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void a_bad_date_is_one_line_and_exit_code_2() {
        CliRun run = CliRun.of("status", "--as-of", "2018-02-30");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("detente: --as-of '2018-02-30' is not a date (YYYY-MM-DD)");
    }

    @Test
    void an_unknown_option_is_one_line_and_exit_code_2() {
        CliRun run = CliRun.of("status", "--colour");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("--colour");
    }
}
