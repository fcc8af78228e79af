package org.detente.events;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The module's own small event files under {@code src/test/resources/events}. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path file(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/events/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no fixture " + name, e);
        }
    }
}
