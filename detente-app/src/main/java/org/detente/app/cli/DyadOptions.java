package org.detente.app.cli;

import java.time.LocalDate;
import org.detente.app.usecase.Question;
import picocli.CommandLine.Option;

/** The options every dyad command shares: which dyad, as of which date, and JSON output. */
public final class DyadOptions {
    @Option(names = "--dyad", paramLabel = "DYAD", description = "The dyad, e.g. us-ru (default: ${DEFAULT-VALUE}).",
            defaultValue = "us-ru")
    String dyad;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The date to look at (YYYY-MM-DD; default: today).",
            converter = QuestionConverters.Date.class)
    LocalDate asOf;

    @Option(names = "--json", description = "Print the documented JSON shape instead of tables.")
    boolean json;

    @picocli.CommandLine.Mixin
    DatabaseUrlOption database = new DatabaseUrlOption();

    LocalDate asOf(LocalDate today) {
        return asOf == null ? today : asOf;
    }

    /** The question these options ask, on {@code today} unless {@code --as-of} names a date. */
    Question question(LocalDate today, KnownAtOption knownAt) {
        return new Question(dyad, asOf(today), knownAt.knownAt());
    }
}
