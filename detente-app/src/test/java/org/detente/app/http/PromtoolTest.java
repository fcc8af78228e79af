package org.detente.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.detente.testkit.EntryBodies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code /metrics} text of a running server, with every counter of the server moved, passes
 * Prometheus's own linter ({@code promtool check metrics}, from Debian's {@code prometheus}
 * package; {@code .ci/run} installs it). Without promtool the test fails and says how to get it,
 * as the browser tests do without Chromium: a lint that is skipped proves nothing.
 */
class PromtoolTest {
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
    void promtool_finds_no_problem_in_the_metrics() throws Exception {
        api.get("/api/dyads/us-ru/state");
        api.get("/no/such/page");
        api.post("/api/dyads/us-ru/ledger", EntryBodies.expulsion(1, "2025-05-01"));
        api.post("/api/dyads/us-ru/ledger", EntryBodies.expulsion(1, "2025-05-01"), ApiFixture.bearer(ApiFixture.EDITOR));
        String metrics = api.get("/metrics").body();
        assertThat(metrics).contains("detente_ledger_appends_total", "detente_ledger_appends_rejected_total",
                "detente_signin_failures_total", "process_cpu_seconds_total", "jvm_memory_used_bytes");

        Path input = Files.createTempFile("metrics", ".txt");
        try {
            Files.writeString(input, metrics);
            Process promtool = new ProcessBuilder(promtool(), "check", "metrics")
                    .redirectInput(input.toFile()).redirectErrorStream(true).start();
            assertThat(promtool.waitFor(60, TimeUnit.SECONDS)).as("promtool answered").isTrue();
            String report = new String(promtool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(report).as("promtool check metrics").isEmpty();
            assertThat(promtool.exitValue()).isZero();
        } finally {
            Files.deleteIfExists(input);
        }
    }

    private static String promtool() throws IOException {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "promtool");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new AssertionError("promtool is not on the PATH: install it (Debian: apt-get install prometheus; "
                + ".ci/run does) to lint /metrics");
    }
}
