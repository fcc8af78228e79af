package org.detente.app.cli;

import java.time.LocalDate;
import org.detente.app.service.DyadAnalyses;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * What the analysis commands ({@code roadmap}, {@code gaps}, {@code reciprocity}, {@code pace})
 * share: the dyad, the date, the moment of knowledge and JSON output, the analyses they ask, and
 * the first line of their tables.
 */
abstract class AnalysisCommand implements Runnable {
    @ParentCommand
    DetenteCli cli;

    @Mixin
    DyadOptions options;

    @Mixin
    KnownAtOption knownAt;

    /** The date asked for; today by default. */
    LocalDate asOf() {
        return options.asOf(cli.today());
    }

    /** The analyses of the dyad asked for, as known at the moment asked for (everything recorded by default). */
    DyadAnalyses analyses() {
        return RoadmapCommand.analyses(cli, options.dyad, options.database.url()).knownAt(knownAt.knownAt());
    }

    /** {@code détente · us-ru roadmap as of 2025-06-01}, and the moment of knowledge when one was given. */
    static String title(DyadAnalyses analyses, String what, LocalDate asOf) {
        return "détente · " + analyses.dyad() + " " + what + " as of " + asOf + KnownAtOption.phrase(analyses.knownAt());
    }
}
