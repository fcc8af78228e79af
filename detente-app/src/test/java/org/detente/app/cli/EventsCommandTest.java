package org.detente.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.detente.app.EventFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** detente events import, series, suggestions, accept, dismiss and scan: summaries, exit codes, bad input. */
class EventsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private CliRun events(String... args) {
        List<String> all = new ArrayList<>(List.of("events", "--events-db", folder.resolve("events.duckdb").toString()));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    private CliRun imported() {
        List<String> args = new ArrayList<>(List.of("import"));
        EventFixtures.files().forEach(f -> args.add(f.toString()));
        return events(args.toArray(String[]::new));
    }

    private String ledgerUrl() {
        return "jdbc:h2:file:" + folder.resolve("ledger").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    @Test
    void import_prints_a_line_per_file_with_its_rejected_rows_and_lines_then_the_totals() {
        CliRun run = imported();

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("gdelt1-mixed.tsv (GDELT1): 10 read, 5 kept, 2 not between two states, 3 rejected")
                .containsPattern("  gdelt1-mixed.tsv line \\d+: ")
                .contains("gdelt2.export.CSV (GDELT2): 7 read, 5 kept, 1 not between two states, 1 rejected")
                .contains("icews.tab (ICEWS): 5 read, 3 kept, 1 not between two states, 1 rejected")
                .contains("rows read 22, kept 13, not between two states 4, rejected 5");
    }

    @Test
    void importing_the_same_files_again_skips_them() {
        imported();

        CliRun again = imported();

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("gdelt1-mixed.tsv: imported before, skipped")
                .contains("rows read 0, kept 0");
    }

    @Test
    void a_file_of_no_known_layout_is_named_and_the_exit_code_is_2() throws Exception {
        Path wrong = Files.writeString(folder.resolve("notes.csv"), "a,b,c\n1,2,3\n");

        CliRun run = events("import", wrong.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("notes.csv line 1 has 1 tab-separated columns; expected one of: GDELT 1.0");
    }

    @Test
    void a_missing_file_is_one_line_on_stderr_and_exit_code_2() {
        CliRun run = events("import", folder.resolve("absent.tsv").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).contains("absent.tsv is not a file").doesNotContain("\n");
    }

    @Test
    void series_prints_both_directions_month_by_month_and_json_in_the_documented_shape() throws Exception {
        imported();

        CliRun table = events("series", "--dyad", "us-ru", "--from", "2019-10", "--to", "2019-10");
        JsonNode json = JSON.readTree(events("series", "--from", "2019-10", "--to", "2019-11", "--json").out());

        assertThat(table.exitCode()).isZero();
        assertThat(table.out()).containsPattern("2019-10\\s+US→RU\\s+2\\s+2\\s+0\\s+0\\s+0\\s+14\\.0\\s+7\\.00\\s+2\\.00")
                .containsPattern("2019-10\\s+RU→US\\s+\\d+");
        assertThat(json.get("directions").get(0).get("months")).hasSize(2);
        assertThat(json.get("directions").get(1).get("actor").asText()).isEqualTo("RU");
    }

    @Test
    void series_with_a_bad_month_or_dyad_is_one_line_and_exit_code_2() {
        imported();

        CliRun month = events("series", "--from", "2019-13");
        CliRun dyad = events("series", "--dyad", "usa");

        assertThat(month.exitCode()).isEqualTo(2);
        assertThat(month.err().strip()).contains("--from '2019-13' is not a month (YYYY-MM)").doesNotContain("\n");
        assertThat(dyad.exitCode()).isEqualTo(2);
        assertThat(dyad.err().strip()).startsWith("detente: --dyad").doesNotContain("\n");
    }

    @Test
    void suggestions_are_counted_and_listed_then_a_dismissal_removes_one_from_the_pending_list() {
        imported();
        assertThat(events("suggestions").out()).startsWith("8 suggestions")
                .contains("ev-us-ru-20180326-staff-expelled");

        CliRun dismissed = events("dismiss", "ev-us-ru-20191001-talks-held", "--by", "eve");
        CliRun again = events("dismiss", "ev-us-ru-20191001-talks-held");

        assertThat(dismissed.exitCode()).isZero();
        assertThat(dismissed.out().strip()).isEqualTo("dismissed ev-us-ru-20191001-talks-held");
        assertThat(events("suggestions").out()).startsWith("7 suggestions");
        assertThat(events("suggestions", "--all").out()).containsPattern("ev-us-ru-20191001-talks-held.*dismissed");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err().strip()).isEqualTo("detente: suggestion ev-us-ru-20191001-talks-held is already dismissed");
    }

    @Test
    void accept_appends_the_entry_to_the_ledger_database_and_needs_the_count_of_an_expulsion() {
        imported();

        CliRun missing = events("accept", "ev-us-ru-20180326-staff-expelled", "--db", ledgerUrl());
        CliRun accepted = events("accept", "ev-us-ru-20180326-staff-expelled", "--count", "60", "--by", "eve",
                "--db", ledgerUrl());

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err().strip()).contains("--count N").doesNotContain("\n");
        assertThat(accepted.exitCode()).as(accepted.err()).isZero();
        assertThat(accepted.out()).startsWith("accepted ev-us-ru-20180326-staff-expelled: ledger entry "
                + "ev-us-ru-20180326-staff-expelled (staff-expelled, sequence ");
        assertThat(events("suggestions", "--all", "--json").out()).containsPattern("\"status\" ?: ?\"accepted\"");
    }

    @Test
    void accept_of_an_unknown_suggestion_or_a_count_below_one_is_one_line_and_exit_code_2() {
        imported();

        CliRun unknown = events("accept", "ev-nope", "--db", ledgerUrl());
        CliRun zero = events("accept", "ev-us-ru-20180326-staff-expelled", "--count", "0", "--db", ledgerUrl());

        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err().strip()).startsWith("detente: no suggestion 'ev-nope' for us-ru").doesNotContain("\n");
        assertThat(zero.exitCode()).isEqualTo(2);
        assertThat(zero.err().strip()).startsWith("detente: --count:").doesNotContain("\n");
    }

    @Test
    void scan_ranks_the_directed_pairs_and_says_so_when_the_store_is_empty() throws Exception {
        CliRun empty = events("scan");
        imported();
        CliRun scan = events("scan", "--min-months", "1", "--top", "3");
        JsonNode json = JSON.readTree(events("scan", "--min-months", "1", "--json").out());

        assertThat(empty.exitCode()).isZero();
        assertThat(empty.out().strip()).isEqualTo("the event store holds no events");
        assertThat(scan.exitCode()).isZero();
        assertThat(scan.out()).containsPattern("^\\d+ directed pairs, \\d{4}-\\d{2} to \\d{4}-\\d{2}")
                .contains("top reciprocating").contains("most one-sided").contains("US→RU");
        assertThat(json.get("minActiveMonths").asInt()).isEqualTo(1);
        assertThat(json.get("pairs").asInt()).isPositive();
    }

    @Test
    void scan_with_min_months_below_one_is_exit_code_2() {
        CliRun run = events("scan", "--min-months", "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).contains("--min-months must be at least 1").doesNotContain("\n");
    }
}
