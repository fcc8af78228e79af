package org.detente.app.cli;

import java.time.Instant;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --known-at}: the commands that take it answer as the ledger knew it at a moment, counting
 * only the entries (and retractions) recorded by then.
 */
final class KnownAtOption {
    @Option(names = "--known-at", paramLabel = "MOMENT",
            description = "Only what had been recorded by then (2025-04-10T12:00:00Z, 2025-04-10T12:00 in UTC, "
                    + "or a date for its end).", converter = QuestionConverters.Moment.class)
    Instant knownAt;

    /** The moment given, or empty for everything recorded. */
    Optional<Instant> knownAt() {
        return Optional.ofNullable(knownAt);
    }

    /** What a title adds for a moment of knowledge: {@code ", as known at 2018-03-25T23:59:59.999999999Z"}. */
    static String phrase(Optional<Instant> knownAt) {
        return knownAt.map(k -> ", as known at " + k).orElse("");
    }
}
