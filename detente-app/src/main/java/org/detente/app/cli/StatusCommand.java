package org.detente.app.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.detente.app.service.DyadLedger;
import org.detente.model.Codes;
import org.detente.model.CommitmentStatus;
import org.detente.model.DyadDefinition;
import org.detente.state.RelationsState;
import org.detente.state.StaffState;
import org.detente.store.format.StateShape;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code detente status}: the state of relations of a dyad as of a date. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "The state of relations as of a date: missions, staff and caps, restrictions, channels, "
                + "consular services, air links, sanctions, talks and open commitments.")
final class StatusCommand implements Runnable {
    @ParentCommand
    DetenteCli cli;

    @Mixin
    DyadOptions options;

    @Mixin
    KnownAtOption knownAt;

    @Override
    public void run() {
        LocalDate asOf = options.asOf(cli.today());
        Optional<Instant> known = knownAt.knownAt();
        DyadLedger ledger = cli.workspace().dyad(options.dyad);
        RelationsState state = ledger.projector().stateAsOf(asOf, known);
        if (options.json) {
            cli.out.println(Json.write(StateShape.of(state)));
        } else {
            print(cli.out, ledger.definition(), state);
        }
    }

    static void print(PrintWriter out, DyadDefinition definition, RelationsState state) {
        out.println("détente · " + state.dyad() + " (" + definition.nameOf(state.dyad().first()) + " – "
                + definition.nameOf(state.dyad().second()) + ") as of " + state.asOf()
                + KnownAtOption.phrase(state.knownAt()));
        out.println();
        out.println("Missions");
        TextTable missions = new TextTable("SENDING", "HOST", "KIND", "CITY", "STATUS", "SINCE", "VISAS", "VISAS/MONTH");
        state.missions().forEach(m -> missions.row(m.mission().sending(), m.mission().host(),
                Codes.of(m.mission().kind()), m.mission().city(), m.status(), m.since(),
                m.effectiveVisaIssuance().map(Codes::of).orElse(null),
                m.monthlyCapacity().isPresent() ? m.monthlyCapacity().getAsInt() : null));
        printOrNone(out, missions);
        out.println("Staff (latest report plus changes since; '-' where no source gives a figure)");
        TextTable staff = new TextTable("SENDING", "HOST", "DIPLOMATIC", "ADMIN-TECH", "LOCAL", "TOTAL", "REPORTED",
                "CHANGE SINCE", "CAP", "CAP STATUS");
        for (StaffState s : state.staff()) {
            staff.row(s.sending(), s.host(),
                    s.level().map(l -> l.diplomatic()).orElse(null),
                    s.level().map(l -> l.adminTechnical()).orElse(null),
                    s.level().map(l -> l.local()).orElse(null),
                    s.total().isPresent() ? s.total().getAsInt() : null,
                    s.reportedOn().orElse(null),
                    s.changesSinceReport() == 0 ? null : String.format("%+d", s.changesSinceReport()),
                    s.cap().isPresent() ? s.cap().getAsInt() : null,
                    s.cap().isEmpty() ? null : s.capViolated() ? "VIOLATED" : "within");
        }
        printOrNone(out, staff);
        out.println("Restrictions in force");
        TextTable restrictions = new TextTable("IMPOSED BY", "ON", "KIND", "SINCE", "DESCRIPTION");
        state.restrictionsInForce().forEach(r -> restrictions.row(r.imposedBy(), r.appliesTo(), Codes.of(r.kind()),
                r.since(), r.description()));
        printOrNone(out, restrictions);
        out.println("Channels");
        TextTable channels = new TextTable("LEVEL", "TOPIC", "STATUS", "SINCE", "BETWEEN");
        state.channels().forEach(c -> channels.row(Codes.of(c.channel().level()), c.channel().topic(), c.status(),
                c.since(), c.channel().between()));
        printOrNone(out, channels);
        out.println("Air links");
        TextTable air = new TextTable("ROUTE", "CARRIERS", "STATUS", "SINCE");
        state.airLinks().forEach(a -> air.row(a.airLink().route(), String.join(", ", a.airLink().carriers()),
                a.status(), a.since()));
        printOrNone(out, air);
        out.println("Sanctions");
        TextTable sanctions = new TextTable("IMPOSED BY", "TARGET", "KIND", "STATUS", "SINCE");
        state.sanctions().forEach(s -> sanctions.row(s.imposedBy(), s.target(), Codes.of(s.targetKind()), s.status(),
                s.since()));
        printOrNone(out, sanctions);
        out.println("Talks");
        TextTable talks = new TextTable("DATE", "VENUE", "OUTCOME");
        state.talks().forEach(t -> talks.row(t.date(), t.venue(), t.outcome().isEmpty() ? null : t.outcome()));
        printOrNone(out, talks);
        out.println("Open commitments");
        TextTable commitments = new TextTable("PARTY", "MADE", "DUE", "CONTENT");
        state.commitments().stream().filter(c -> c.status() == CommitmentStatus.OPEN).forEach(c -> commitments.row(
                c.party(), c.madeOn(), c.due().map(d -> c.overdueOn(state.asOf()) ? d + " (overdue)" : d.toString())
                        .orElse(null), c.content()));
        printOrNone(out, commitments);
        out.println("External conditions");
        TextTable conditions = new TextTable("CONDITION", "HOLDS");
        state.conditions().forEach(c -> conditions.row(c.condition().description(), c.holds() ? "yes" : "no"));
        printOrNone(out, conditions);
    }

    private static void printOrNone(PrintWriter out, TextTable table) {
        if (table.isEmpty()) {
            out.println("  (none)");
        } else {
            table.print(out, "  ");
        }
        out.println();
    }
}
