package org.detente.app.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.detente.app.report.EntryWords;
import org.detente.app.service.DyadLedger;
import org.detente.ledger.Entry;
import org.detente.ledger.EntryId;
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
        DyadLedger ledger = cli.workspace(options.database.url()).dyad(options.dyad);
        RelationsState state = ledger.projector().stateAsOf(asOf, known);
        if (options.json) {
            cli.out.println(Json.write(StateShape.of(state)));
        } else {
            print(cli.out, ledger.definition(), state, ledger.entries());
        }
    }

    static void print(PrintWriter out, DyadDefinition definition, RelationsState state, List<Entry> entries) {
        out.println("détente · " + state.dyad() + " (" + definition.title() + ") as of " + state.asOf()
                + KnownAtOption.phrase(state.knownAt()));
        out.println();
        out.println("Missions");
        TextTable missions = new TextTable("SENDING", "HOST", "KIND", "CITY", "STATUS", "SINCE", "VISAS", "VISAS/MONTH");
        state.missions().forEach(m -> missions.row(m.mission().sending(), m.mission().host(),
                Codes.of(m.mission().kind()), m.mission().city(), m.status(), m.sinceText(),
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
        out.println("Staff figures by scope (each source's figure as reported, plus changes within its scope since)");
        TextTable figures = new TextTable("SENDING", "HOST", "MISSIONS", "STAFF", "FIGURE", "REPORTED", "BY",
                "CHANGE SINCE");
        state.staffFigures().forEach(f -> figures.row(f.sending(), f.host(), Codes.of(f.scope().missions()),
                Codes.of(f.scope().staff()), figure(f), f.reportedOn(), f.reportedBy().isEmpty() ? null : f.reportedBy(),
                f.changesSinceReport() == 0 ? null : String.format("%+d", f.changesSinceReport())));
        printOrNone(out, figures);
        out.println("Heads of mission");
        TextTable heads = new TextTable("MISSION", "HELD BY", "PERSON", "SINCE", "DESIGNATE");
        state.headsOfMission().forEach(h -> heads.row(definition.mission(h.mission()).map(m -> m.name())
                        .orElse(h.mission().value()), Codes.of(h.standing()), h.person().isEmpty() ? null : h.person(),
                h.since(), h.designate().map(d -> d.person() + (d.agrementGranted() ? " (agrément granted "
                        : " (agrément requested ") + d.since() + ")").orElse(null)));
        printOrNone(out, heads);
        out.println("Visa access (where and whether each side's nationals can get the other's visas)");
        TextTable visas = new TextTable("ISSUER", "APPLICANTS", "CLASS", "CATEGORY", "APPLY AT", "PAUSED", "SINCE");
        state.visaAccess().forEach(v -> visas.row(v.issuer(), v.applicants(), Codes.of(v.visaClass()),
                v.visaCategory().isEmpty() ? null : v.visaCategory(),
                v.designatedPost().isEmpty() ? null : v.designatedPost(), v.paused() ? "paused" : "no", v.since()));
        printOrNone(out, visas);
        out.println("Visa waits (the latest reported wait for an appointment or interview, per post and class)");
        Map<EntryId, Entry> byId = entries.stream().collect(Collectors.toMap(Entry::id, e -> e, (a, b) -> a));
        TextTable waits = new TextTable("ISSUER", "APPLICANTS", "POST", "CLASS", "CATEGORY", "WAIT", "REPORTED",
                "REPORTED BY", "SOURCE");
        state.visaWaits().forEach(w -> waits.row(w.issuer(), w.applicants(), w.post(), Codes.of(w.visaClass()),
                w.visaCategory().isEmpty() ? null : w.visaCategory(), EntryWords.waitWords(w.waitDays(), w.bound()),
                w.reportedOn(), w.reportedBy(), sourceOf(byId.get(w.reportedIn()), w.reportedIn())));
        printOrNone(out, waits);
        out.println("Restrictions in force");
        TextTable restrictions = new TextTable("IMPOSED BY", "ON", "KIND", "SINCE", "DESCRIPTION");
        state.restrictionsInForce().forEach(r -> restrictions.row(r.imposedBy(), r.appliesTo(), Codes.of(r.kind()),
                r.since(), r.description()));
        printOrNone(out, restrictions);
        out.println("Channels");
        TextTable channels = new TextTable("LEVEL", "TOPIC", "STATUS", "SINCE", "LAST MET", "BETWEEN");
        state.channels().forEach(c -> channels.row(Codes.of(c.channel().level()), c.channel().topic(), c.status(),
                c.sinceText(), c.lastMet().map(d -> d + (c.meetings() > 1 ? " (" + c.meetings() + " meetings)" : ""))
                        .orElse(null), c.channel().between()));
        printOrNone(out, channels);
        out.println("Air links");
        TextTable air = new TextTable("ROUTE", "CARRIERS", "STATUS", "SINCE");
        state.airLinks().forEach(a -> air.row(a.airLink().route(), String.join(", ", a.airLink().carriers()),
                a.status(), a.sinceText()));
        printOrNone(out, air);
        out.println("Sanctions");
        TextTable sanctions = new TextTable("IMPOSED BY", "TARGET", "KIND", "STATUS", "SINCE");
        state.sanctions().forEach(s -> sanctions.row(s.imposedBy(), s.target(), Codes.of(s.targetKind()), s.status(),
                s.since()));
        printOrNone(out, sanctions);
        out.println("Talks");
        TextTable talks = new TextTable("DATE", "FORMAT", "VENUE", "OUTCOME");
        state.talks().forEach(t -> talks.row(t.date(), t.format().map(Codes::of).orElse(null), t.venue(),
                t.outcome().isEmpty() ? null : t.outcome()));
        printOrNone(out, talks);
        out.println("Meetings announced or called off");
        TextTable planned = new TextTable("ANNOUNCED", "FORMAT", "VENUE", "PLANNED FOR", "CALLED OFF", "REASON");
        state.plannedTalks().forEach(p -> planned.row(p.announcedOn().orElse(null), Codes.of(p.format()), p.venue(),
                p.plannedFor().orElse(null), p.cancelledOn().orElse(null),
                p.cancellationReason().isEmpty() ? null : p.cancellationReason()));
        printOrNone(out, planned);
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

    /** "fewer than 200 in total", "about 150 diplomatic": a figure as the source bounds it. */
    private static String figure(org.detente.state.StaffFigure f) {
        String bound = switch (f.bound()) {
            case EXACT -> "";
            case ABOUT -> "about ";
            case AT_MOST -> "at most ";
            case AT_LEAST -> "at least ";
        };
        Integer total = f.reported().total();
        if (total != null) {
            return bound + total + " in total";
        }
        Integer diplomatic = f.reported().diplomatic();
        return diplomatic != null ? bound + diplomatic + " diplomats" : bound + "by category";
    }

    /** The first source of the entry a line comes from ("RBC, 2018-09-28 (+1 more)"), or the entry's id. */
    private static String sourceOf(Entry entry, EntryId id) {
        if (entry == null || entry.sources().isEmpty()) {
            return id.value();
        }
        var first = entry.sources().get(0);
        int more = entry.sources().size() - 1;
        return first.publisher() + ", " + first.published() + (more > 0 ? " (+" + more + " more)" : "");
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
