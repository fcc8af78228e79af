package org.detente.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import org.detente.analysis.CategoryParity;
import org.detente.analysis.MonthlyEscalation;
import org.detente.analysis.ResponsePair;
import org.detente.analysis.SideScore;
import org.detente.analysis.UnansweredMeasure;
import org.detente.app.usecase.DyadBasis;
import org.detente.app.usecase.Question;
import org.detente.app.usecase.Reciprocity;
import org.detente.ledger.Entry;
import org.detente.model.Codes;
import org.detente.store.format.ReciprocityShape;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code detente reciprocity}: which measure answered which, parity per category, and the escalation index. */
@Command(name = "reciprocity", mixinStandardHelpOptions = true,
        description = "Measures and the responses of the other side (ratio, lag), measures left unanswered, parity per "
                + "category, and the escalation index per month, as of a date.")
final class ReciprocityCommand extends AnalysisCommand {
    @Option(names = "--window", paramLabel = "DAYS", defaultValue = "90",
            description = "Days after a measure within which a response is inferred (default: ${DEFAULT-VALUE}).")
    String window;

    @Override
    public void run() {
        Question question = question();
        LocalDate asOf = question.asOf();
        int days = windowDays(window);
        Reciprocity result = useCases().reciprocity().answer(question, days);
        DyadBasis analyses = result.basis();
        if (options.json) {
            cli.out.println(Json.write(ReciprocityShape.of(analyses.dyad(), asOf, analyses.knownAt(), days, result.report(),
                    result.escalation())));
        } else {
            print(cli.out, analyses, result);
        }
    }

    private static int windowDays(String text) {
        if (!text.trim().matches("\\d{1,6}")) {
            throw new UsageException("--window '" + text + "' is not a number of days (a whole number from 0)");
        }
        return Integer.parseInt(text.trim());
    }

    private static void print(PrintWriter out, DyadBasis analyses, Reciprocity result) {
        out.println(title(analyses, "reciprocity", result.asOf()) + " (responses inferred within "
                + result.windowDays() + " days)");
        out.println();
        out.println("Measures and responses");
        TextTable pairs = new TextTable("MEASURE", "BY", "WHAT", "RESPONSE", "BY", "WHAT", "RATIO", "LAG (DAYS)", "BASIS");
        for (ResponsePair pair : result.report().pairs()) {
            pairs.row(pair.measure().occurredOn(), pair.measure().actor(), what(pair.measure()),
                    pair.response().occurredOn(), pair.response().actor(), what(pair.response()),
                    String.format(Locale.ROOT, "%.2f", pair.magnitudeRatio()),
                    (pair.approximate() ? "~" : "") + pair.lagDays(), Codes.of(pair.basis()));
        }
        printOrNone(out, pairs);
        out.println("Unanswered");
        TextTable unanswered = new TextTable("DATE", "BY", "WHAT", "ITSELF A RESPONSE", "ID");
        for (UnansweredMeasure measure : result.report().unanswered()) {
            unanswered.row(measure.measure().occurredOn(), measure.measure().actor(), what(measure.measure()),
                    measure.itselfAResponse() ? "yes" : "no", measure.measure().id());
        }
        printOrNone(out, unanswered);
        out.println("Parity per category (measures / total magnitude of each side)");
        TextTable parity = new TextTable("CATEGORY", "STANCE", "SIDE", "", "SIDE", "", "PARITY");
        for (CategoryParity p : result.report().parity()) {
            parity.row(Codes.of(p.category()), Codes.of(p.stance()), p.first().side(),
                    p.first().measures() + " / " + p.first().magnitude(), p.second().side(),
                    p.second().measures() + " / " + p.second().magnitude(),
                    p.parity().isPresent() ? String.format(Locale.ROOT, "%.2f", p.parity().getAsDouble()) : null);
        }
        printOrNone(out, parity);
        out.println("Escalation index (Goldstein scale; below 0 conflict, above 0 cooperation; months with events)");
        TextTable months = new TextTable("MONTH", "SIDE", "MONTH", "CUMULATIVE", "SIDE", "MONTH", "CUMULATIVE", "NET",
                "CUMULATIVE NET");
        for (MonthlyEscalation month : result.escalation()) {
            if (month.sides().stream().allMatch(s -> s.events() == 0)) {
                continue;
            }
            SideScore a = month.sides().get(0);
            SideScore b = month.sides().get(1);
            months.row(month.month(), a.side(), score(a.month()), score(a.cumulative()), b.side(), score(b.month()),
                    score(b.cumulative()), score(month.net()), score(month.cumulativeNet()));
        }
        printOrNone(out, months);
    }

    private static String what(Entry entry) {
        return entry.type().code() + (entry.measure().magnitude() > 1 ? " " + entry.measure().magnitude() : "");
    }

    private static String score(double value) {
        return String.format(Locale.ROOT, "%+.1f", value);
    }

    static void printOrNone(PrintWriter out, TextTable table) {
        if (table.isEmpty()) {
            out.println("  (none)");
        } else {
            table.print(out, "  ");
        }
        out.println();
    }
}
