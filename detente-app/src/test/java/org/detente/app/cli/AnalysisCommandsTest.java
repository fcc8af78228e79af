package org.detente.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** detente roadmap, gaps, reciprocity, pace and scenario run: tables, documented JSON, exit code 2 on bad input. */
class AnalysisCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REOPEN = """
            name: Reopen San Francisco
            asOf: 2025-06-01
            entries:
              - type: mission-reopened
                actor: US
                target: RU
                occurredOn: 2025-05-20
                mission: ru-cg-san-francisco
                sources:
                  - { url: "https://example.org/h", title: Hypothetical, publisher: détente, date: 2025-05-20 }
            """;

    @TempDir
    Path folder;

    private Path file(String name, String text) throws Exception {
        Path path = folder.resolve(name);
        Files.writeString(path, text);
        return path;
    }

    @Test
    void roadmap_shows_each_goal_with_a_status_word_progress_blockers_next_steps_and_critical_path() {
        CliRun run = CliRun.of("roadmap", "--as-of", "2025-06-01");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("us-ru roadmap as of 2025-06-01")
                .containsPattern("ready\\s+diplomatic-relations\\s+ru-cg-san-francisco-reopened — ")
                .containsPattern("blocked\\s+diplomatic-relations\\s+visa-issuance-restored — .*"
                        + "us-presence-in-russia-15x, ru-diplomats-in-us-25x")
                .contains("Next steps").contains("Critical path to normalization")
                .containsPattern("\\d\\. normalization — .*\\(blocked\\)");
    }

    @Test
    void roadmap_says_why_a_track_has_no_goals() {
        CliRun run = CliRun.of("roadmap", "--as-of", "2025-06-01");

        assertThat(run.out()).contains("Tracks without goals")
                .contains("global-issues — Other global concerns, including the Middle East and Iran: Neither the seed")
                .doesNotContain("sanctions — Possible easing");
    }

    @Test
    void roadmap_json_has_goals_with_progress_blockers_and_criterion_next_steps_and_critical_path() throws Exception {
        JsonNode roadmap = JSON.readTree(CliRun.of("roadmap", "--as-of", "2025-06-01", "--json").out());

        assertThat(roadmap.get("asOf").asText()).isEqualTo("2025-06-01");
        JsonNode visas = null;
        for (JsonNode goal : roadmap.get("goals")) {
            if (goal.get("id").asText().equals("visa-issuance-restored")) {
                visas = goal;
            }
        }
        assertThat(visas).isNotNull();
        assertThat(visas.get("status").asText()).isEqualTo("BLOCKED");
        assertThat(visas.get("progress").get("text").asText()).isEqualTo("1 of 2");
        assertThat(visas.get("progress").get("fraction").asDouble()).isEqualTo(0.5);
        assertThat(visas.get("blockedBy")).extracting(JsonNode::asText)
                .containsExactly("us-presence-in-russia-15x", "ru-diplomats-in-us-25x");
        assertThat(visas.get("preconditions")).hasSize(2);
        assertThat(visas.get("rootBlockers")).hasSize(2);
        assertThat(visas.get("criterion").get("type").asText()).isEqualTo("all-of");
        assertThat(visas.has("targetRange")).isTrue();
        JsonNode step = roadmap.get("nextSteps").get(0);
        assertThat(step.get("goal").isTextual() && step.get("title").isTextual() && step.get("unlocks").isInt()).isTrue();
        JsonNode path = roadmap.get("criticalPath");
        assertThat(path.get(path.size() - 1).get("goal").asText()).isEqualTo("normalization");
    }

    @Test
    void gaps_show_each_sides_staffing_target_and_ask_for_officers_before_consular_capacity() {
        CliRun run = CliRun.of("gaps", "--as-of", "2025-06-01");

        assertThat(run.exitCode()).isZero();
        // no source counts Russian diplomats alone at the bilateral missions (the October 2021 figure is of
        // diplomats and administrative staff together), so the seed's 25–30× has no baseline figure
        assertThat(run.out()).containsPattern("RU\\s+diplomatic\\s+2025-04-10: -.*baseline unknown")
                .containsPattern("US\\s+total\\s+2025-04-10: \\d+")
                .contains("Give --officers").contains("[assumption]");
    }

    @Test
    void beside_the_seeds_targets_the_gaps_give_the_earliest_level_the_record_gives_as_reported() throws Exception {
        // "against 2016": the U.S. target of 15 times today's staff set beside about 1,200 in early 2017
        JsonNode gaps = JSON.readTree(CliRun.of("gaps", "--as-of", "2026-06-01", "--json").out());
        JsonNode us = gaps.get("staff").get(1);
        assertThat(us.get("sending").asText()).isEqualTo("US");
        JsonNode earliest = us.get("earliestReported");
        assertThat(earliest.get("total").asInt()).isEqualTo(1200);
        assertThat(earliest.get("bound").asText()).isEqualTo("about");
        assertThat(earliest.get("reportedOn").asText()).isEqualTo("2017-01");
        assertThat(earliest.get("missions").asText()).isEqualTo("bilateral");
        assertThat(earliest.get("staff").asText()).isEqualTo("all-staff");
        assertThat(us.get("targetAgainstEarliest").asDouble())
                .isEqualTo(us.get("targetLevel").asDouble() / 1200.0, org.assertj.core.api.Assertions.within(1e-9));

        String table = CliRun.of("gaps", "--as-of", "2026-06-01").out();
        assertThat(table).containsPattern("US\\s+about 1200 \\(2017-01\\)\\s+bilateral, all-staff");
    }

    @Test
    void gaps_json_has_staff_gaps_and_with_officers_the_consular_outlook() throws Exception {
        JsonNode gaps = JSON.readTree(CliRun.of("gaps", "--as-of", "2025-06-01", "--officers", "10",
                "--local-staff", "30", "--backlog", "1000", "--json").out());

        JsonNode ru = gaps.get("staff").get(0);
        assertThat(ru.get("sending").asText()).isEqualTo("RU");
        for (String field : new String[] {"currentLevel", "targetLevel", "multipleStillNeeded", "capHeadroom", "status"}) {
            assertThat(ru.has(field)).as(field).isTrue();
        }
        JsonNode moscow = gaps.get("consular").get(0);
        assertThat(moscow.get("mission").asText()).isEqualTo("us-embassy-moscow");
        assertThat(moscow.get("capacityPerMonth").asDouble()).isPositive();
        assertThat(moscow.get("backlog").asDouble()).isEqualTo(1000.0);
        assertThat(moscow.get("expectedWait").has("days")).isTrue();
        assertThat(gaps.get("parameters")).hasSize(6);
    }

    @Test
    void gaps_with_a_bad_officer_count_is_one_line_and_exit_code_2() {
        CliRun run = CliRun.of("gaps", "--officers", "ten");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("detente: --officers 'ten' is not a whole number from 0");
    }

    @Test
    void reciprocity_lists_the_2018_expulsions_as_a_pair_at_ratio_one() {
        CliRun run = CliRun.of("reciprocity", "--as-of", "2025-06-01");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("responses inferred within 90 days")
                .containsPattern("2018-03-26\\s+US\\s+staff-expelled 60\\s+2018-03-29\\s+RU\\s+staff-expelled 60\\s+1\\.00\\s+3")
                .contains("Unanswered").contains("Parity per category").contains("Escalation index");
    }

    @Test
    void reciprocity_json_has_pairs_unanswered_parity_and_escalation() throws Exception {
        JsonNode shape = JSON.readTree(CliRun.of("reciprocity", "--as-of", "2025-06-01", "--window", "30", "--json").out());

        assertThat(shape.get("windowDays").asInt()).isEqualTo(30);
        JsonNode expulsions = null;
        for (JsonNode pair : shape.get("pairs")) {
            if (pair.get("measure").get("id").asText().equals("2018-03-26-us-expels-60")) {
                expulsions = pair;
            }
        }
        assertThat(expulsions).isNotNull();
        assertThat(expulsions.get("response").get("date").asText()).isEqualTo("2018-03-29");
        assertThat(expulsions.get("ratio").asDouble()).isEqualTo(1.0);
        assertThat(expulsions.get("lagDays").asInt()).isEqualTo(3);
        assertThat(shape.get("unanswered").get(0).has("id")).isTrue();
        JsonNode parity = shape.get("parity").get(0);
        assertThat(parity.has("category") && parity.has("stance") && parity.get("sides").size() == 2).isTrue();
        JsonNode escalation = shape.get("escalation");
        assertThat(escalation.get("cumulative").has("US") && escalation.get("cumulative").has("RU")
                && escalation.get("cumulative").has("net")).isTrue();
        assertThat(escalation.get("months").get(0).get("month").asText()).matches("\\d{4}-\\d{2}");
    }

    @Test
    void reciprocity_with_a_negative_window_is_one_line_and_exit_code_2() {
        CliRun run = CliRun.of("reciprocity", "--window", "-5");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("detente: --window '-5' is not a number of days (a whole number from 0)");
    }

    @Test
    void pace_lists_the_rounds_of_2025_and_says_why_it_cannot_forecast() {
        CliRun run = CliRun.of("pace", "--as-of", "2025-06-01");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Talks began: 2025-02-18").containsPattern("2025-04-10\\s+Istanbul")
                .contains("No forecast:");
    }

    @Test
    void pace_json_has_rounds_counts_and_a_forecast_per_open_goal() throws Exception {
        JsonNode pace = JSON.readTree(CliRun.of("pace", "--as-of", "2025-06-01", "--json").out());

        assertThat(pace.get("talksBegan").asText()).isEqualTo("2025-02-18");
        assertThat(pace.get("rounds")).isNotEmpty()
                .allSatisfy(round -> assertThat(round.get("date").asText()).isGreaterThanOrEqualTo("2025-02-18"));
        assertThat(pace.get("forecasts")).hasSize(pace.get("openGoals").asInt());
        assertThat(pace.get("forecasts").get(0).get("reason").isTextual()).isTrue();
    }

    @Test
    void pace_with_a_bad_date_is_one_line_and_exit_code_2() {
        CliRun run = CliRun.of("pace", "--as-of", "June");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("detente: --as-of 'June' is not a date (YYYY-MM-DD)");
    }

    @Test
    void a_scenario_reopening_san_francisco_reports_the_change_and_the_goal_met() throws Exception {
        CliRun run = CliRun.of("scenario", "run", file("reopen.yaml", REOPEN).toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Scenario \"Reopen San Francisco\" as of 2025-06-01")
                .contains("the ledger is unchanged")
                .contains("mission ru-cg-san-francisco: closed, visas none → operational, visas full")
                .contains("Goals newly met: ru-cg-san-francisco-reopened");
        assertThat(CliRun.of("status", "--as-of", "2025-06-01").out())
                .containsPattern("RU\\s+US\\s+consulate-general\\s+San Francisco\\s+CLOSED");
    }

    @Test
    void with_a_consular_section_a_scenario_that_lifts_the_local_staff_ban_and_restores_visas_shows_capacity_rising()
            throws Exception {
        String restore = """
                name: Restore the embassy's visa work
                asOf: 2025-06-01
                entries:
                  - type: restriction-lifted
                    actor: RU
                    target: US
                    occurredOn: 2025-05-20
                    restriction: ru-local-staff-ban-2021
                    sources:
                      - { url: "https://example.org/h", title: Hypothetical, publisher: détente, date: 2025-05-20 }
                  - type: visa-service-changed
                    actor: US
                    target: RU
                    occurredOn: 2025-05-21
                    mission: us-embassy-moscow
                    level: full
                    sources:
                      - { url: "https://example.org/h", title: Hypothetical, publisher: détente, date: 2025-05-21 }
                """;
        Path scenario = file("restore.yaml", restore);

        JsonNode withSection = JSON.readTree(CliRun.of("scenario", "run", scenario.toString(), "--officers", "10",
                "--local-staff", "30", "--json").out());
        JsonNode without = JSON.readTree(CliRun.of("scenario", "run", scenario.toString(), "--json").out());

        JsonNode capacity = null;
        for (JsonNode change : withSection.get("metricChanges")) {
            if (change.get("metric").asText().equals("consular-capacity")
                    && change.get("subject").asText().equals("us-embassy-moscow")) {
                capacity = change;
            }
        }
        assertThat(capacity).as(withSection.toString()).isNotNull();
        assertThat(capacity.get("after").asDouble()).isGreaterThan(capacity.get("before").asDouble());
        assertThat(without.get("metricChanges").findValuesAsText("metric")).doesNotContain("consular-capacity");
        assertThat(CliRun.of("scenario", "run", scenario.toString(), "--local-staff", "30").exitCode()).isEqualTo(2);
    }

    @Test
    void a_json_scenario_gives_the_documented_shape() throws Exception {
        String json = """
                {"name": "Reopen San Francisco", "asOf": "2025-06-01", "entries": [
                  {"type": "mission-reopened", "actor": "US", "target": "RU", "occurredOn": "2025-05-20",
                   "mission": "ru-cg-san-francisco", "sources": [{"url": "https://example.org/h",
                   "title": "Hypothetical", "publisher": "détente", "date": "2025-05-20"}]}]}
                """;

        JsonNode shape = JSON.readTree(CliRun.of("scenario", "run", file("reopen.json", json).toString(), "--json").out());

        assertThat(shape.get("evaluated").asBoolean()).isTrue();
        assertThat(shape.get("stateChanges").get(0).get("subject").asText()).isEqualTo("ru-cg-san-francisco");
        assertThat(shape.get("newlyMet")).extracting(JsonNode::asText).contains("ru-cg-san-francisco-reopened");
        assertThat(shape.get("goalChanges").get(0).get("after").asText()).isEqualTo("MET");
        assertThat(shape.get("metricChanges").isArray()).isTrue();
    }

    @Test
    void a_bad_scenario_file_prints_its_problems_with_lines_and_exit_code_2() throws Exception {
        Path bad = file("bad.yaml", REOPEN.replace("mission: ru-cg-san-francisco", "mission: ru-cg-atlantis")
                .replace("occurredOn: 2025-05-20", "occurredOn: 2025-05-20\n    count: 3"));

        CliRun run = CliRun.of("scenario", "run", bad.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith(bad + ":8: entries[0].count: unknown field (allowed: ")
                .contains("1 problem in " + bad);
    }

    @Test
    void a_scenario_entry_breaking_a_ledger_rule_is_reported_at_its_line() throws Exception {
        Path bad = file("bad.yaml", REOPEN.replace("mission: ru-cg-san-francisco", "mission: ru-cg-atlantis"));

        CliRun run = CliRun.of("scenario", "run", bad.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith(bad + ":8: entries[0].mission: ").contains("ru-cg-atlantis");
    }

    @Test
    void a_missing_scenario_file_is_one_line_and_exit_code_2() {
        CliRun run = CliRun.of("scenario", "run", folder.resolve("nowhere.yaml").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("detente: scenario file '" + folder.resolve("nowhere.yaml")
                + "' does not exist");
    }

    @Test
    void reciprocity_as_known_at_2018_03_25_leaves_out_the_2018_expulsions_recorded_later() throws Exception {
        JsonNode now = JSON.readTree(CliRun.of("reciprocity", "--as-of", "2018-12-31", "--json").out());
        JsonNode known = JSON.readTree(CliRun.of("reciprocity", "--as-of", "2018-12-31", "--known-at", "2018-03-25",
                "--json").out());

        assertThat(now.get("pairs").findValuesAsText("id")).contains("2018-03-26-us-expels-60");
        assertThat(known.get("pairs").findValuesAsText("id")).doesNotContain("2018-03-26-us-expels-60",
                "2018-03-29-ru-expels-60");
    }

    @Test
    void the_json_of_roadmap_gaps_reciprocity_and_pace_echoes_the_moment_of_knowledge_or_null() throws Exception {
        for (String command : java.util.List.of("roadmap", "gaps", "reciprocity", "pace")) {
            JsonNode known = JSON.readTree(CliRun.of(command, "--as-of", "2018-06-30", "--known-at", "2018-03-25",
                    "--json").out());
            JsonNode everything = JSON.readTree(CliRun.of(command, "--as-of", "2018-06-30", "--json").out());

            assertThat(known.get("asOf").asText()).as(command).isEqualTo("2018-06-30");
            assertThat(known.get("knownAt").asText()).as(command).startsWith("2018-03-25T23:59:59");
            assertThat(everything.get("knownAt").isNull()).as(command).isTrue();
        }
    }

    @Test
    void roadmap_gaps_reciprocity_and_pace_say_the_moment_of_knowledge_they_answer_at() {
        for (String command : java.util.List.of("roadmap", "gaps", "reciprocity", "pace")) {
            CliRun run = CliRun.of(command, "--as-of", "2018-06-30", "--known-at", "2018-03-25");

            assertThat(run.exitCode()).as(command + ": " + run.err()).isZero();
            assertThat(run.out()).as(command).contains(" as of 2018-06-30, as known at 2018-03-25T23:59:59.999999999Z");
        }
    }

    @Test
    void a_known_at_that_is_not_a_moment_is_one_line_naming_the_option_and_exit_code_2() {
        CliRun run = CliRun.of("pace", "--known-at", "last tuesday");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("detente: --known-at 'last tuesday' is not a moment");
    }
}
