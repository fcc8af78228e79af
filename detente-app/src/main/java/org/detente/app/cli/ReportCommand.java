package org.detente.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.detente.app.report.Briefing;
import org.detente.app.report.BriefingAssembler;
import org.detente.app.report.BriefingFormat;
import org.detente.app.report.BriefingWriter;
import org.detente.app.usecase.Question;
import org.detente.app.usecase.UseCases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code detente report}: a briefing on a dyad as of a date, in Markdown, HTML, PDF or Word (docs/briefings.md). */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "A briefing a diplomat can read in five minutes: the bottom line, key judgments and how sure "
                + "each is, what changed since an earlier date, what to watch, the forecast from the reference cases "
                + "and the dyad beside them; then annexes with the state of relations, tracks and goals, gaps, "
                + "reciprocity and escalation, the calibrated simulation, charts and numbered sources.")
final class ReportCommand implements Runnable {
    /** The period reviewed when --since is not given. */
    static final int DEFAULT_PERIOD_DAYS = 90;

    @ParentCommand
    DetenteCli cli;

    @Option(names = "--dyad", paramLabel = "DYAD", defaultValue = "us-ru",
            description = "The dyad, e.g. us-ru (default: ${DEFAULT-VALUE}).")
    String dyad;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The date the briefing describes (YYYY-MM-DD; default: today).",
            converter = QuestionConverters.Date.class)
    LocalDate asOf;

    @Option(names = "--since", paramLabel = "DATE",
            description = "The earlier date: what changed after it is reviewed (default: " + DEFAULT_PERIOD_DAYS
                    + " days before --as-of).", converter = QuestionConverters.Date.class)
    LocalDate since;

    @picocli.CommandLine.Mixin
    DatabaseUrlOption database;

    @picocli.CommandLine.Mixin
    KnownAtOption knownAt;

    @Option(names = "--format", paramLabel = "FORMAT", required = true, description = "md, html, pdf or docx.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
            description = "The file to write (Markdown also writes one SVG per chart beside it).")
    String output;

    @Override
    public void run() {
        BriefingFormat chosen = BriefingFormat.parse(format).orElseThrow(() -> new UsageException(
                "--format '" + format + "' is not one of " + BriefingFormat.codes()));
        LocalDate date = asOf == null ? cli.today() : asOf;
        LocalDate from = since == null ? date.minusDays(DEFAULT_PERIOD_DAYS) : since;
        if (from.isAfter(date)) {
            throw new UsageException("--since " + from + " is after --as-of " + date);
        }
        Path file = writable(output);
        UseCases useCases = cli.useCases(database.url());
        Briefing briefing = new BriefingAssembler(useCases.briefing())
                .assemble(new Question(dyad, date, knownAt.knownAt()), from);
        List<Path> written;
        try {
            written = new BriefingWriter().write(briefing, chosen, file);
        } catch (IOException e) {
            throw new UsageException("cannot write -o " + output + ": " + reason(e));
        }
        cli.out.println("wrote " + written.get(0) + (written.size() > 1 ? " and " + (written.size() - 1) + " chart file(s)" : "")
                + " (" + chosen.code() + ", " + briefing.sources().size() + " sources)");
    }

    /** The output path, checked before any work: its folder exists and can be written, and it is not a folder. */
    private static Path writable(String output) {
        Path file;
        try {
            file = Path.of(output);
        } catch (InvalidPathException e) {
            throw new UsageException("-o '" + output + "' is not a file path: " + e.getReason());
        }
        Path dir = file.toAbsolutePath().getParent();
        if (Files.isDirectory(file)) {
            throw new UsageException("-o " + output + " is a folder, not a file");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new UsageException("-o " + output + ": the folder " + (dir == null ? "" : dir + " ") + "does not exist");
        }
        if (!Files.isWritable(dir) || Files.exists(file) && !Files.isWritable(file)) {
            throw new UsageException("-o " + output + " cannot be written (permission denied)");
        }
        return file;
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
