package org.detente.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.detente.events.ingest.EventFileReader;
import org.detente.events.store.DuckDbEventStore;

/**
 * Small event stores for the faces' tests, built from the event module's own fixture files
 * ({@code detente-events/src/test/resources/events}: GDELT 1.0, 2.0 and ICEWS rows of US–Russia acts,
 * with malformed rows and a file of the wrong layout).
 */
public final class EventFixtures {
    private static final Path DIRECTORY = Path.of("..", "detente-events", "src", "test", "resources", "events");

    private EventFixtures() {
    }

    /** The fixture files, in the order the event module's tests import them. */
    public static List<Path> files() {
        List<Path> files = List.of(DIRECTORY.resolve("gdelt1-mixed.tsv"), DIRECTORY.resolve("gdelt2.export.CSV"),
                DIRECTORY.resolve("icews.tab"));
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("the event fixture " + file.toAbsolutePath() + " is missing");
            }
        }
        return files;
    }

    /** A store at {@code file} holding the fixtures' events (13 acts between two states). */
    public static Path store(Path file) {
        try (DuckDbEventStore store = DuckDbEventStore.open(file)) {
            store.importFiles(files(), EventFileReader.Progress.NONE);
        }
        return file;
    }
}
