package org.detente.bench;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.detente.ledger.Entry;
import org.detente.ledger.EntryId;
import org.detente.ledger.Measure;
import org.detente.ledger.MissionClosed;
import org.detente.ledger.MissionReopened;
import org.detente.ledger.MissionSuspended;
import org.detente.ledger.StaffAccredited;
import org.detente.ledger.StaffCapSet;
import org.detente.ledger.StaffDeparted;
import org.detente.ledger.StaffExpelled;
import org.detente.ledger.StaffLevelReported;
import org.detente.ledger.VisaDenied;
import org.detente.ledger.VisaGranted;
import org.detente.ledger.VisaServiceChanged;
import org.detente.model.Confidence;
import org.detente.model.Country;
import org.detente.model.Dyad;
import org.detente.model.DyadDefinition;
import org.detente.model.HistoricalDate;
import org.detente.model.Headcount;
import org.detente.model.Mission;
import org.detente.model.MissionId;
import org.detente.model.MissionKind;
import org.detente.model.MissionStatus;
import org.detente.model.Source;
import org.detente.model.StaffCategory;
import org.detente.model.VisaIssuance;

/**
 * A generated ledger for benchmarks: a dyad with a given number of missions (half each side) and
 * a given number of entries spread over 2000–2025, mixing staff deltas and reports, visa
 * decisions, caps, mission status changes and visa-service changes, with responses between the
 * two sides. The same seed gives the same ledger.
 */
public final class SyntheticLedger {
    public static final Dyad DYAD = new Dyad(Country.of("US"), Country.of("RU"));
    public static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    public static final int DAYS = 26 * 365;
    private static final Source SOURCE = new Source(URI.create("https://example.org/generated"), "Generated entry",
            "détente benchmark generator", LocalDate.of(2000, 1, 1));

    private final DyadDefinition definition;
    private final List<Entry> entries;

    private SyntheticLedger(DyadDefinition definition, List<Entry> entries) {
        this.definition = definition;
        this.entries = entries;
    }

    public static SyntheticLedger generate(int missions, int size, long seed) {
        List<Mission> missionList = new ArrayList<>();
        for (int i = 0; i < missions; i++) {
            boolean american = i % 2 == 0;
            missionList.add(new Mission(MissionId.of("m-" + i), american ? DYAD.first() : DYAD.second(),
                    american ? DYAD.second() : DYAD.first(), i < 2 ? MissionKind.EMBASSY : MissionKind.CONSULATE,
                    "City " + i, "Mission " + i, HistoricalDate.parse("1990"), MissionStatus.OPERATIONAL,
                    Optional.of(VisaIssuance.FULL), List.of(SOURCE)));
        }
        DyadDefinition definition = new DyadDefinition(DYAD, List.of(), List.of(), missionList, List.of(), List.of(),
                List.of());
        SplittableRandom random = new SplittableRandom(seed);
        List<Entry> entries = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            boolean usActs = random.nextBoolean();
            Country actor = usActs ? DYAD.first() : DYAD.second();
            Country target = DYAD.other(actor);
            LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
            int missionIndex = random.nextInt(missions / 2) * 2 + (usActs ? 1 : 0);
            MissionId hostedMission = MissionId.of("m-" + missionIndex);
            Measure measure = measure(random, hostedMission);
            // Staff reports and departures are the sending side's own acts.
            if (measure instanceof StaffLevelReported || measure instanceof StaffDeparted) {
                Country swap = actor;
                actor = target;
                target = swap;
            }
            if (measure instanceof VisaServiceChanged || measure instanceof MissionSuspended
                    || measure instanceof MissionClosed || measure instanceof MissionReopened) {
                // a mission of the target hosted by the actor: between the two, as the rules require
                actor = definition.mission(hostedMission).orElseThrow().host();
                target = definition.mission(hostedMission).orElseThrow().sending();
            }
            Instant recordedAt = day.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(3600L + random.nextInt(86_400));
            EntryId id = EntryId.of("g-" + i);
            Optional<EntryId> respondsTo = Optional.empty();
            entries.add(new Entry(id, i + 1L, DYAD, actor, target, HistoricalDate.ofDay(day), recordedAt, "generator",
                    List.of(SOURCE), respondsTo, Confidence.HIGH, "", measure));
        }
        return new SyntheticLedger(definition, List.copyOf(entries));
    }

    private static Measure measure(SplittableRandom random, MissionId mission) {
        int kind = random.nextInt(100);
        int count = 1 + random.nextInt(30);
        if (kind < 25) {
            return new StaffExpelled(count, StaffCategory.DIPLOMATIC, Optional.empty());
        } else if (kind < 45) {
            return new StaffAccredited(count, StaffCategory.values()[random.nextInt(3)], Optional.empty());
        } else if (kind < 55) {
            return new StaffDeparted(count, StaffCategory.ADMIN_TECHNICAL, Optional.empty());
        } else if (kind < 65) {
            return new VisaDenied(count, StaffCategory.DIPLOMATIC, Optional.empty());
        } else if (kind < 72) {
            return new VisaGranted(count, StaffCategory.DIPLOMATIC, Optional.empty());
        } else if (kind < 80) {
            return new StaffLevelReported(new Headcount(100 + random.nextInt(300), 50 + random.nextInt(200),
                    random.nextInt(500), null));
        } else if (kind < 84) {
            return new StaffCapSet(200 + random.nextInt(800));
        } else if (kind < 90) {
            return new VisaServiceChanged(mission, VisaIssuance.values()[random.nextInt(4)],
                    OptionalInt.of(random.nextInt(20_000)));
        } else if (kind < 94) {
            return new MissionSuspended(mission);
        } else if (kind < 97) {
            return new MissionReopened(mission);
        }
        return new MissionClosed(mission);
    }

    public DyadDefinition definition() {
        return definition;
    }

    public List<Entry> entries() {
        return entries;
    }
}
