package org.detente.app.cli;

import java.time.LocalDate;
import org.detente.app.usecase.DyadBasis;
import org.detente.app.usecase.Question;
import org.detente.app.usecase.UseCases;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * What the analysis commands ({@code roadmap}, {@code gaps}, {@code reciprocity}, {@code pace})
 * share: the question (the dyad, the date, the moment of knowledge), JSON output, the use cases they ask, and
 * the first line of their tables.
 */
abstract class AnalysisCommand implements Runnable {
    @ParentCommand
    DetenteCli cli;

    @Mixin
    DyadOptions options;

    @Mixin
    KnownAtOption knownAt;

    /** The question asked: the dyad, the date (today by default), the moment of knowledge (none by default). */
    Question question() {
        return options.question(cli.today(), knownAt);
    }

    /** The use cases over the database asked for (the default one without {@code --db}). */
    UseCases useCases() {
        return cli.useCases(options.database.url());
    }

    /** {@code détente · us-ru roadmap as of 2025-06-01}, and the moment of knowledge when one was given. */
    static String title(DyadBasis basis, String what, LocalDate asOf) {
        return "détente · " + basis.dyad() + " " + what + " as of " + asOf + KnownAtOption.phrase(basis.knownAt());
    }
}
