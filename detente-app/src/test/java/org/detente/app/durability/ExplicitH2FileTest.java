package org.detente.app.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An H2 file named with {@code --db} is shared like the default one: while {@code detente serve}
 * holds it, another process reads it with {@code detente status --db} (as docs/storage.md says).
 */
class ExplicitH2FileTest {
    @TempDir
    Path folder;

    @Test
    void status_reads_the_file_a_running_server_holds() throws Exception {
        String db = "jdbc:h2:file:" + folder.resolve("ledger").toAbsolutePath();
        Map<String, String> environment = Map.of("DETENTE_EVENTS_DB", folder.resolve("events.duckdb").toString());
        Files.createDirectories(folder.resolve("work"));
        try (ServerProcess server = ServerProcess.start(folder.resolve("work"), environment, "--db", db)) {
            Process status = ServerProcess.cli(folder, environment,
                    List.of("status", "--dyad", "us-ru", "--as-of", "2025-06-01", "--db", db));
            String output = output(status);

            assertThat(status.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(status.exitValue()).as(output).isZero();
            assertThat(output).contains("Russia").doesNotContainIgnoringCase("locked");
        }
    }

    private static String output(Process process) throws IOException {
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
