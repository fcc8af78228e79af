package org.detente.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.detente.fixtures.LedgerFixtures.entry;
import static org.detente.fixtures.MissionFixtures.DEFINITION;
import static org.detente.fixtures.MissionFixtures.MAYORS_CHANNEL;
import static org.detente.fixtures.MissionFixtures.RU;
import static org.detente.fixtures.MissionFixtures.RU_EMBASSY_WASHINGTON;
import static org.detente.fixtures.MissionFixtures.SOURCES;
import static org.detente.fixtures.MissionFixtures.US;
import static org.detente.fixtures.MissionFixtures.US_EMBASSY_MOSCOW;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.detente.ledger.AgrementGranted;
import org.detente.ledger.AgrementRequested;
import org.detente.ledger.ChannelMet;
import org.detente.ledger.ChannelSuspended;
import org.detente.ledger.ChargeDAffairesNamed;
import org.detente.ledger.CredentialsPresented;
import org.detente.ledger.Entry;
import org.detente.ledger.HeadOfMissionDeparted;
import org.detente.ledger.StaffExpelled;
import org.detente.ledger.StaffLevelReported;
import org.detente.ledger.TalksAnnounced;
import org.detente.ledger.TalksCancelled;
import org.detente.ledger.VisaClassPaused;
import org.detente.ledger.VisaRoutingChanged;
import org.detente.model.Channel;
import org.detente.model.DyadDefinition;
import org.detente.model.FigureBound;
import org.detente.model.Headcount;
import org.detente.model.HistoricalDate;
import org.detente.model.Mission;
import org.detente.model.MissionId;
import org.detente.model.MissionKind;
import org.detente.model.MissionScope;
import org.detente.model.MissionStatus;
import org.detente.model.StaffCategory;
import org.detente.model.StaffCounted;
import org.detente.model.StaffScope;
import org.detente.model.TalksFormat;
import org.detente.model.VisaClass;
import org.junit.jupiter.api.Test;

/**
 * What the record must be able to say: staff figures by scope and reporter, heads of mission,
 * channels that meet, where visas are issued, and meetings announced and called off.
 */
class RecordModelTest {
    private static final MissionId RU_MISSION_UN = MissionId.of("ru-mission-un");
    private static final StaffScope BILATERAL_ALL = new StaffScope(MissionScope.BILATERAL, StaffCounted.ALL_STAFF);
    private static final StaffScope WITH_UN_ALL = new StaffScope(MissionScope.BILATERAL_AND_UN, StaffCounted.ALL_STAFF);

    /** The fixture's definitions with Russia's mission to the UN in New York. */
    private static final DyadDefinition WITH_UN = withUnMission();

    private static DyadDefinition withUnMission() {
        List<Mission> missions = new ArrayList<>(DEFINITION.missions());
        missions.add(new Mission(RU_MISSION_UN, RU, US, MissionKind.MISSION_TO_IO, "New York",
                "Permanent Mission of Russia to the UN", HistoricalDate.parse("1991-12"), MissionStatus.OPERATIONAL,
                Optional.empty(), SOURCES));
        return new DyadDefinition(DEFINITION.dyad(), DEFINITION.countries(), DEFINITION.tracks(), missions,
                DEFINITION.channels(), DEFINITION.airLinks(), DEFINITION.conditions());
    }

    private static RelationsState stateAsOf(DyadDefinition definition, String asOf, Entry... entries) {
        LocalDate date = LocalDate.parse(asOf);
        RelationsState indexed = Projector.of(definition, List.of(entries)).stateAsOf(date);
        RelationsState reference = Projector.project(definition, List.of(entries), date, Optional.empty());
        assertThat(indexed).as("indexed projector agrees with the reference fold").isEqualTo(reference);
        return indexed;
    }

    @Test
    void an_expulsion_from_the_un_mission_does_not_lower_a_figure_that_never_counted_it() {
        // given Russia says it has fewer than 200 staff at its embassy and consulates, a U.S. official
        // gives just over 400 with the UN mission, and the U.S. then expels 12 from the UN mission
        Entry russia = entry("ru-fewer-than-200").by(RU).on("2021-10-01").does(new StaffLevelReported(
                new Headcount(null, null, null, 200), Optional.of(BILATERAL_ALL), "Russian Embassy", FigureBound.AT_MOST));
        Entry official = entry("us-just-over-400").by(RU).on("2021-10-02").does(new StaffLevelReported(
                new Headcount(null, null, null, 400), Optional.of(WITH_UN_ALL), "a U.S. official", FigureBound.AT_LEAST));
        Entry expulsion = entry("us-expels-12-from-un").by(US).on("2021-10-20")
                .does(new StaffExpelled(12, StaffCategory.DIPLOMATIC, Optional.of(RU_MISSION_UN)));

        // when
        RelationsState state = stateAsOf(WITH_UN, "2021-11-01", russia, official, expulsion);

        // then the bilateral line keeps its figure and the figure with the UN mission moves
        assertThat(state.staffOf(RU).total()).hasValue(200);
        assertThat(state.staffFiguresOf(RU)).extracting(StaffFigure::scope, StaffFigure::reportedBy,
                        f -> f.level().total(), StaffFigure::bound)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(BILATERAL_ALL, "Russian Embassy", 200, FigureBound.AT_MOST),
                        org.assertj.core.groups.Tuple.tuple(WITH_UN_ALL, "a U.S. official", 388, FigureBound.AT_LEAST));
    }

    @Test
    void a_figure_of_diplomats_is_not_moved_by_an_expulsion_of_local_staff() {
        Entry diplomats = entry("us-diplomats").by(US).on("2021-01-01").does(new StaffLevelReported(
                new Headcount(150, null, null, null), Optional.of(StaffScope.BILATERAL_DIPLOMATS), "", FigureBound.ABOUT));
        Entry locals = entry("ru-bans-locals").by(RU).on("2021-08-01")
                .does(new StaffExpelled(30, StaffCategory.LOCAL, Optional.of(US_EMBASSY_MOSCOW)));

        RelationsState state = stateAsOf(DEFINITION, "2021-09-01", diplomats, locals);

        assertThat(state.staffFiguresOf(US)).singleElement()
                .satisfies(f -> assertThat(f.level().diplomatic()).isEqualTo(150));
    }

    @Test
    void who_represents_the_us_in_moscow_follows_agrement_credentials_departure_and_a_charge() {
        Entry asked = entry("agrement-asked").by(US).on("2022-11-01").does(new AgrementRequested(US_EMBASSY_MOSCOW, "Lynne Tracy"));
        Entry granted = entry("agrement-granted").by(RU).on("2022-12-01").does(new AgrementGranted(US_EMBASSY_MOSCOW, "Lynne Tracy"));
        Entry credentials = entry("tracy-credentials").by(US).on("2023-01-30")
                .does(new CredentialsPresented(US_EMBASSY_MOSCOW, "Lynne Tracy"));
        Entry departed = entry("tracy-leaves").by(US).on("2025-06-20").does(new HeadOfMissionDeparted(US_EMBASSY_MOSCOW, "Lynne Tracy"));
        Entry charge = entry("charge-named").by(US).on("2025-06-21").does(new ChargeDAffairesNamed(US_EMBASSY_MOSCOW, "a chargé"));

        assertThat(stateAsOf(DEFINITION, "2022-12-15", asked, granted).headOf(US_EMBASSY_MOSCOW)).hasValueSatisfying(head -> {
            assertThat(head.standing()).isEqualTo(HeadOfMissionState.Standing.VACANT);
            assertThat(head.designate()).hasValueSatisfying(d -> {
                assertThat(d.person()).isEqualTo("Lynne Tracy");
                assertThat(d.agrementGranted()).isTrue();
            });
        });
        assertThat(stateAsOf(DEFINITION, "2024-01-01", asked, granted, credentials).headOf(US_EMBASSY_MOSCOW))
                .hasValueSatisfying(head -> {
                    assertThat(head.ambassadorInPost()).isTrue();
                    assertThat(head.person()).isEqualTo("Lynne Tracy");
                    assertThat(head.designate()).isEmpty();
                });
        HeadOfMissionState now = stateAsOf(DEFINITION, "2025-07-01", asked, granted, credentials, departed, charge)
                .headOf(US_EMBASSY_MOSCOW).orElseThrow();
        assertThat(now.standing()).isEqualTo(HeadOfMissionState.Standing.CHARGE_D_AFFAIRES);
        assertThat(now.ambassadorInPost()).isFalse();
        assertThat(stateAsOf(DEFINITION, "2025-07-01", asked, granted, credentials, departed, charge)
                .headOf(RU_EMBASSY_WASHINGTON)).isEmpty();
    }

    @Test
    void a_channel_that_meets_is_active_since_the_meeting_and_counts_its_rounds() {
        Entry suspended = entry("suspended").by(US).on("2022-03-01").does(new ChannelSuspended(MAYORS_CHANNEL));
        Entry first = entry("round-1").by(US).on("2025-02-27")
                .does(new ChannelMet(MAYORS_CHANNEL, "Istanbul", "six and a half hours", List.of()));
        Entry second = entry("round-2").by(RU).on("2025-04-10")
                .does(new ChannelMet(MAYORS_CHANNEL, "Istanbul", "", List.of()));

        RelationsState state = stateAsOf(DEFINITION, "2025-05-01", suspended, first, second);

        ChannelState channel = state.channel(MAYORS_CHANNEL).orElseThrow();
        assertThat(channel.active()).isTrue();
        assertThat(channel.since()).isEqualTo(HistoricalDate.parse("2025-02-27"));
        assertThat(channel.lastMet()).contains(HistoricalDate.parse("2025-04-10"));
        assertThat(channel.meetings()).isEqualTo(2);
        assertThat(state.talks()).hasSize(2);
    }

    @Test
    void russians_routed_to_warsaw_with_immigrant_visas_paused_is_one_line_of_visa_access() {
        Entry routed = entry("routed").by(US).on("2021-11-01")
                .does(new VisaRoutingChanged(VisaClass.IMMIGRANT, "U.S. Embassy Warsaw", ""));
        Entry paused = entry("paused").by(US).on("2026-01-21").does(new VisaClassPaused(VisaClass.IMMIGRANT, "", ""));

        RelationsState state = stateAsOf(DEFINITION, "2026-02-01", routed, paused);

        assertThat(state.visaAccess()).singleElement().satisfies(line -> {
            assertThat(line.issuer()).isEqualTo(US);
            assertThat(line.applicants()).isEqualTo(RU);
            assertThat(line.designatedPost()).isEqualTo("U.S. Embassy Warsaw");
            assertThat(line.paused()).isTrue();
            assertThat(line.since()).isEqualTo(HistoricalDate.parse("2026-01-21"));
        });
    }

    @Test
    void a_summit_called_off_is_no_longer_upcoming() {
        Entry announced = entry("budapest-announced").by(US).on("2025-10-16").does(new TalksAnnounced("Budapest",
                Optional.empty(), TalksFormat.SUMMIT, List.of()));
        Entry cancelled = entry("budapest-off").by(US).on("2025-10-21").respondsTo("budapest-announced")
                .does(new TalksCancelled("Budapest", Optional.empty(), TalksFormat.SUMMIT, "no progress", List.of()));

        assertThat(stateAsOf(DEFINITION, "2025-10-18", announced, cancelled).upcomingTalks()).hasSize(1);
        RelationsState after = stateAsOf(DEFINITION, "2025-10-25", announced, cancelled);
        assertThat(after.upcomingTalks()).isEmpty();
        assertThat(after.plannedTalks()).singleElement().satisfies(p -> {
            assertThat(p.cancelledOn()).contains(HistoricalDate.parse("2025-10-21"));
            assertThat(p.cancellationReason()).isEqualTo("no progress");
        });
    }

    @Test
    void a_baseline_whose_start_no_source_gives_never_shows_the_attested_date_as_its_start() {
        // given a channel a source shows active in 2016-02, with no source for when it began
        List<Channel> channels = new ArrayList<>();
        for (Channel c : DEFINITION.channels()) {
            channels.add(c.id().equals(MAYORS_CHANNEL) ? new Channel(c.id(), c.level(), c.topic(), c.between(),
                    c.since(), true, c.status(), c.sources(), c.confidence(), c.note()) : c);
        }
        DyadDefinition unknownStart = new DyadDefinition(DEFINITION.dyad(), DEFINITION.countries(),
                DEFINITION.tracks(), DEFINITION.missions(), channels, DEFINITION.airLinks(), DEFINITION.conditions());
        Entry met = entry("met").by(US).on("2020-05-01").does(new ChannelMet(MAYORS_CHANNEL, "Boston", "", List.of()));
        Entry suspended = entry("suspended").by(US).on("2022-03-01").does(new ChannelSuspended(MAYORS_CHANNEL));

        ChannelState baseline = stateAsOf(unknownStart, "2019-01-01").channel(MAYORS_CHANNEL).orElseThrow();
        ChannelState meeting = stateAsOf(unknownStart, "2021-01-01", met).channel(MAYORS_CHANNEL).orElseThrow();
        ChannelState afterSuspension = stateAsOf(unknownStart, "2023-01-01", met, suspended)
                .channel(MAYORS_CHANNEL).orElseThrow();

        // then the baseline and a meeting that keeps it active have no known start, only the attested date,
        assertThat(baseline.knownSince()).isEmpty();
        assertThat(baseline.sinceText()).isEqualTo("unknown (attested 2016-02)");
        assertThat(meeting.knownSince()).isEmpty();
        assertThat(meeting.lastMet()).contains(HistoricalDate.parse("2020-05-01"));
        // and a status set by an entry starts on the entry's date
        assertThat(afterSuspension.knownSince()).contains(HistoricalDate.parse("2022-03-01"));
        assertThat(afterSuspension.sinceText()).isEqualTo("2022-03-01");
    }

    @Test
    void a_charge_named_on_the_day_the_ambassador_leaves_stays_in_charge_whichever_is_folded_first() {
        Entry credentials = entry("tracy-credentials").by(US).on("2023-01-30")
                .does(new CredentialsPresented(US_EMBASSY_MOSCOW, "Lynne Tracy"));
        Entry charge = entry("charge-named").by(US).on("2025-06-27")
                .does(new ChargeDAffairesNamed(US_EMBASSY_MOSCOW, "J. Douglas Dykhouse"));
        Entry departed = entry("tracy-leaves").by(US).on("2025-06-27")
                .does(new HeadOfMissionDeparted(US_EMBASSY_MOSCOW, "Lynne Tracy"));

        for (Entry[] order : new Entry[][] {{credentials, charge, departed}, {credentials, departed, charge}}) {
            HeadOfMissionState head = stateAsOf(DEFINITION, "2025-07-01", order).headOf(US_EMBASSY_MOSCOW).orElseThrow();
            assertThat(head.standing()).isEqualTo(HeadOfMissionState.Standing.CHARGE_D_AFFAIRES);
            assertThat(head.person()).isEqualTo("J. Douglas Dykhouse");
        }
        // the chargé's own departure does leave the post vacant
        Entry chargeLeaves = entry("charge-leaves").by(US).on("2025-08-01")
                .does(new HeadOfMissionDeparted(US_EMBASSY_MOSCOW, "J. Douglas Dykhouse"));
        assertThat(stateAsOf(DEFINITION, "2025-09-01", credentials, charge, departed, chargeLeaves)
                .headOf(US_EMBASSY_MOSCOW).orElseThrow().standing()).isEqualTo(HeadOfMissionState.Standing.VACANT);
    }
}
