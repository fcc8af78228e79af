package org.detente.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.detente.analysis.ConsularOutlook;
import org.detente.analysis.ConsularParameter;
import org.detente.analysis.ExpectedWait;
import org.detente.analysis.StaffGap;
import org.detente.app.usecase.ConsularSection;
import org.detente.app.usecase.DyadBasis;
import org.detente.app.usecase.Gaps;
import org.detente.app.usecase.Question;
import org.detente.model.Codes;
import org.detente.store.format.GapsShape;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code detente gaps}: staffing against the roadmap's targets, and consular capacity for a given staffing. */
@Command(name = "gaps", mixinStandardHelpOptions = true,
        description = "Staffing of each side against the roadmap's targets (level, target, multiple still needed, cap "
                + "headroom) and, given a consular section's staffing, each mission's capacity, demand, backlog and wait.")
final class GapsCommand extends AnalysisCommand {
    @Mixin
    ConsularSectionOptions consular;

    @Override
    public void run() {
        Question question = question();
        LocalDate asOf = question.asOf();
        Optional<ConsularSection> section = consular.section();
        Gaps gaps = useCases().gaps().answer(question, section);
        DyadBasis analyses = gaps.basis();
        if (options.json) {
            cli.out.println(Json.write(GapsShape.of(analyses.dyad(), asOf, analyses.knownAt(), gaps.staff(), gaps.consular(),
                    gaps.parameters())));
        } else {
            print(cli.out, analyses, gaps, section.isPresent());
        }
    }

    private static void print(PrintWriter out, DyadBasis analyses, Gaps gaps, boolean staffed) {
        out.println(title(analyses, "gaps", gaps.asOf()));
        out.println();
        out.println("Staffing against the roadmap's targets ('-' where the ledger gives no figure)");
        TextTable staff = new TextTable("SENDING", "CATEGORY", "BASELINE", "NOW", "TARGET", "REACHED", "STILL NEEDED",
                "SHORTFALL", "CAP HEADROOM", "STATUS");
        for (StaffGap gap : gaps.staff()) {
            staff.row(gap.target().sending(), gap.target().category().map(Codes::of).orElse("total"),
                    gap.target().baseline() + ": " + text(gap.baselineLevel()), text(gap.currentLevel()),
                    text(gap.targetLevel()) + " (" + gap.target().rangeText()
                            .orElse(RoadmapCommand.number(gap.target().multiple()) + "×") + ")",
                    times(gap.multipleReached()), times(gap.multipleStillNeeded()), text(gap.shortfall()),
                    text(gap.capHeadroom()) + gap.capLeavesRoom().map(room -> room ? " (room)" : " (too little)").orElse(""),
                    Codes.of(gap.status()).replace('-', ' '));
        }
        ReciprocityCommand.printOrNone(out, staff);
        out.println("Against the earliest level the record gives ('-' where a figure is unknown)");
        TextTable history = new TextTable("SENDING", "EARLIEST REPORTED", "SCOPE", "BY", "NOW", "TARGET", "TARGET ÷ EARLIEST");
        for (StaffGap gap : gaps.staff()) {
            gap.earliestReported().ifPresent(f -> history.row(gap.target().sending(),
                    (f.bound() == org.detente.model.FigureBound.EXACT ? "" : Codes.of(f.bound()).replace('-', ' ') + " ")
                            + f.reported().total() + " (" + f.reportedOn() + ")",
                    Codes.of(f.scope().missions()) + ", " + Codes.of(f.scope().staff()),
                    f.reportedBy().isEmpty() ? null : f.reportedBy(), text(gap.currentLevel()), text(gap.targetLevel()),
                    times(gap.targetAgainstEarliest())));
        }
        ReciprocityCommand.printOrNone(out, history);
        out.println("Consular capacity");
        if (gaps.parameters().isEmpty()) {
            out.println("  (the dataset has no consular parameters)");
            return;
        }
        if (!staffed) {
            out.println("  Give --officers (and --local-staff, --backlog) to compute each mission's capacity and wait;");
            out.println("  no public source gives the consular officers of a section.");
        } else {
            TextTable missions = new TextTable("MISSION", "OFFICERS", "LOCAL", "CAPACITY/MONTH", "DEMAND/MONTH",
                    "BACKLOG", "WAIT NOW", "BACKLOG LATER", "WAIT LATER");
            for (Map.Entry<String, ConsularOutlook> e : gaps.consular().entrySet()) {
                ConsularOutlook o = e.getValue();
                missions.row(e.getKey(), o.capacity().staffing().officers(), o.capacity().staffing().localStaff(),
                        round(o.capacity().adjudicationsPerMonth()), round(o.demandPerMonth()), round(o.backlogNow()),
                        wait(o.waitNow()), round(o.backlogAtHorizon()) + " (" + o.horizonMonths() + " months)",
                        wait(o.waitAtHorizon()));
            }
            ReciprocityCommand.printOrNone(out, missions);
        }
        out.println("  Parameters (assumptions are flagged):");
        for (ConsularParameter p : gaps.parameters()) {
            out.println("    " + p.name() + " = " + RoadmapCommand.number(p.value()) + " (" + p.unit() + ")"
                    + (p.assumption() ? " [assumption]" : "") + ", confidence " + Codes.of(p.confidence()));
        }
    }

    private static String wait(ExpectedWait wait) {
        if (wait instanceof ExpectedWait.Months m) {
            return m.days() + " days";
        }
        return "never (" + ((ExpectedWait.Unbounded) wait).reason() + ")";
    }

    private static String round(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String text(OptionalInt value) {
        return value.isPresent() ? String.valueOf(value.getAsInt()) : "-";
    }

    private static String times(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.1f×", value.getAsDouble()) : "-";
    }
}
