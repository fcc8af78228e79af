package org.detente.events;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared real event data beside the repository ({@code ../shared/data/events}), located by the
 * system property the pom sets or relative to the module folder; tests that need it are skipped
 * when it is absent.
 */
public final class RealEventData {
    private RealEventData() {
    }

    public static Path file(String relative) {
        String property = System.getProperty("detente.events.data");
        Path directory = property != null && Files.isDirectory(Path.of(property)) ? Path.of(property)
                : Path.of("..", "..", "shared", "data", "events");
        Path file = directory.resolve(relative);
        assumeTrue(Files.isRegularFile(file), "the shared event data is not beside the repository: " + file);
        return file;
    }
}
