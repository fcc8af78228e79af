package org.detente.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.detente.store.dataset.BundledDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerAndValidateCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void ledger_list_filters_by_type_actor_and_dates() throws Exception {
        CliRun run = CliRun.of("ledger", "list", "--type", "staff-expelled", "--actor", "RU", "--from", "2018-01-01",
                "--to", "2018-12-31", "--json");
        assertThat(run.exitCode()).isZero();
        JsonNode entries = JSON.readTree(run.out()).get("entries");
        assertThat(entries).isNotEmpty();
        for (JsonNode entry : entries) {
            assertThat(entry.get("type").asText()).isEqualTo("staff-expelled");
            assertThat(entry.get("actor").asText()).isEqualTo("RU");
            assertThat(entry.get("occurredOn").asText()).startsWith("2018");
            assertThat(entry.get("sources")).isNotEmpty();
        }
    }

    @Test
    void ledger_list_rejects_an_unknown_type_in_one_line() {
        CliRun run = CliRun.of("ledger", "list", "--type", "invasion");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("detente: --type 'invasion' is not a measure type (one of staff-expelled,");
    }

    @Test
    void ledger_list_rejects_a_range_that_ends_before_it_starts() {
        CliRun run = CliRun.of("ledger", "list", "--from", "2019-01-01", "--to", "2018-01-01");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("detente: --from 2019-01-01 is after --to 2018-01-01");
    }

    @Test
    void validate_accepts_the_bundled_dataset() {
        // The repository's folder, as a user would name it (tests run in the module's folder).
        Path bundled = Path.of("..", "datasets", "us-ru");
        assertThat(bundled.resolve("dyad.yaml")).exists();
        CliRun run = CliRun.of("validate", bundled.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(": valid — ");
    }

    @Test
    void validate_reports_each_problem_as_file_line_field_message_with_exit_code_2() throws IOException {
        Path bundled = BundledDatasets.folder("us-ru").orElseThrow();
        Files.copy(bundled.resolve("dyad.yaml"), folder.resolve("dyad.yaml"));
        Files.createDirectories(folder.resolve("ledger"));
        Files.writeString(folder.resolve("ledger/bad.yaml"), """
                entries:
                  - id: bad
                    type: staff-expelled
                    actor: RU
                    target: US
                    occurredOn: 2018-03-30
                    count: -60
                    sources:
                      - { url: "https://example.org/x", title: X, publisher: Example, date: 2018-03-30 }
                """);
        CliRun run = CliRun.of("validate", folder.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(folder.resolve("ledger/bad.yaml") + ":7: entries[0].count: must be a positive")
                .doesNotContain("Exception");
    }
}
