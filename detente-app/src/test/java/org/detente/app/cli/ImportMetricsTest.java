package org.detente.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.detente.app.EventFixtures;
import org.detente.app.service.BundledWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports add their files, by outcome, to the Prometheus text file DETENTE_METRICS_FILE names. */
class ImportMetricsTest {
    @TempDir
    Path folder;

    private CliRun run(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new DetenteCli(BundledWorkspace::new, DetenteCli.databases(environment, new ArrayList<>()),
                CliRun.FIXED, environment).run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }

    private CliRun importEvents(Map<String, String> environment, List<Path> files) {
        List<String> args = new ArrayList<>(List.of("events", "--events-db", folder.resolve("events.duckdb").toString(),
                "import"));
        files.forEach(f -> args.add(f.toString()));
        return run(environment, args.toArray(String[]::new));
    }

    @Test
    void event_imports_count_their_files_imported_skipped_and_rejected_across_runs() throws Exception {
        Path metrics = folder.resolve("detente.prom");
        Map<String, String> environment = Map.of(ImportMetrics.ENV_FILE, metrics.toString());
        Path wrong = Files.writeString(folder.resolve("notes.csv"), "a,b,c\n1,2,3\n");

        assertThat(importEvents(environment, EventFixtures.files()).exitCode()).isZero();
        assertThat(Files.readString(metrics))
                .contains("# TYPE detente_imports_total counter")
                .contains("detente_imports_total{kind=\"events\",outcome=\"imported\"} " + EventFixtures.files().size() + "\n")
                .contains("detente_imports_total{kind=\"events\",outcome=\"skipped\"} 0\n")
                .contains("detente_imports_total{kind=\"events\",outcome=\"rejected\"} 0\n");

        List<Path> again = new ArrayList<>(EventFixtures.files());
        again.add(wrong);
        assertThat(importEvents(environment, again).exitCode()).isEqualTo(2);

        assertThat(Files.readString(metrics))
                .contains("detente_imports_total{kind=\"events\",outcome=\"imported\"} " + EventFixtures.files().size() + "\n")
                .contains("detente_imports_total{kind=\"events\",outcome=\"skipped\"} " + EventFixtures.files().size() + "\n")
                .contains("detente_imports_total{kind=\"events\",outcome=\"rejected\"} 1\n");
        assertThat(Files.list(folder).map(p -> p.getFileName().toString())).doesNotContain("detente.prom.partial");
    }

    @Test
    void a_ledger_import_with_a_problem_is_counted_as_rejected() throws Exception {
        Path metrics = folder.resolve("detente.prom");
        Map<String, String> environment = Map.of(ImportMetrics.ENV_FILE, metrics.toString(),
                "DETENTE_DATA_DIR", folder.resolve("data").toString());
        Path bad = Files.writeString(folder.resolve("ledger.yaml"), "entries:\n  - type: staff-expelled\n    actor: US\n");

        CliRun rejected = run(environment, "db", "import", bad.toString());

        assertThat(rejected.exitCode()).as(rejected.out() + rejected.err()).isEqualTo(2);
        assertThat(Files.readString(metrics))
                .contains("detente_imports_total{kind=\"ledger\",outcome=\"rejected\"} 1\n")
                .contains("detente_imports_total{kind=\"ledger\",outcome=\"imported\"} 0\n");
    }

    @Test
    void without_the_variable_nothing_is_written() {
        assertThat(importEvents(Map.of(), EventFixtures.files()).exitCode()).isZero();

        assertThat(folder.resolve("detente.prom")).doesNotExist();
    }
}
