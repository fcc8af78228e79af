package org.detente.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.detente.store.database.DetenteDatabase;
import org.junit.jupiter.api.Test;

/** The schema versions a reader checks for are exactly those of the migration scripts, of each vendor. */
class SchemaVersionsTest {
    private static final Pattern SCRIPT = Pattern.compile("V(\\d+(?:\\.\\d+)*)__.+\\.sql");

    @Test
    void the_known_versions_are_the_versions_of_the_migration_scripts() throws Exception {
        for (String vendor : List.of("h2", "postgresql")) {
            TreeSet<String> versions = new TreeSet<>();
            versions.addAll(versionsIn("common"));
            versions.addAll(versionsIn(vendor));

            assertThat(versions).as(vendor).containsExactlyInAnyOrderElementsOf(DetenteDatabase.SCHEMA_VERSIONS);
        }
    }

    private static List<String> versionsIn(String folder) throws IOException, URISyntaxException {
        Path dir = Path.of(SchemaVersionsTest.class.getResource("/db/migration/" + folder).toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> SCRIPT.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .map(m -> m.group(1)).toList();
        }
    }
}
