package org.detente.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.detente.fixtures.LedgerFixtures.airLinkResumed;
import static org.detente.fixtures.LedgerFixtures.airLinkSuspended;
import static org.detente.fixtures.LedgerFixtures.channelRestored;
import static org.detente.fixtures.LedgerFixtures.channelSuspended;
import static org.detente.fixtures.LedgerFixtures.commitmentBroken;
import static org.detente.fixtures.LedgerFixtures.commitmentFulfilled;
import static org.detente.fixtures.LedgerFixtures.commitmentMade;
import static org.detente.fixtures.LedgerFixtures.conditionChanged;
import static org.detente.fixtures.LedgerFixtures.entry;
import static org.detente.fixtures.LedgerFixtures.restrictionImposed;
import static org.detente.fixtures.LedgerFixtures.restrictionLifted;
import static org.detente.fixtures.LedgerFixtures.retraction;
import static org.detente.fixtures.LedgerFixtures.sanctionEased;
import static org.detente.fixtures.LedgerFixtures.sanctionImposed;
import static org.detente.fixtures.LedgerFixtures.sanctionLifted;
import static org.detente.fixtures.LedgerFixtures.statement;
import static org.detente.fixtures.LedgerFixtures.talks;
import static org.detente.fixtures.LedgerFixtures.visaService;
import static org.detente.fixtures.MissionFixtures.ARCTIC_CHANNEL;
import static org.detente.fixtures.MissionFixtures.DIPLOMATIC_RELATIONS;
import static org.detente.fixtures.MissionFixtures.MAYORS_CHANNEL;
import static org.detente.fixtures.MissionFixtures.MOSCOW_NEW_YORK;
import static org.detente.fixtures.MissionFixtures.PEACE;
import static org.detente.fixtures.MissionFixtures.RU;
import static org.detente.fixtures.MissionFixtures.RU_CG_SAN_FRANCISCO;
import static org.detente.fixtures.MissionFixtures.RU_TRADE_ANNEX_WASHINGTON;
import static org.detente.fixtures.MissionFixtures.UKRAINE_WAR;
import static org.detente.fixtures.MissionFixtures.US;
import static org.detente.fixtures.MissionFixtures.US_CG_YEKATERINBURG;
import static org.detente.fixtures.MissionFixtures.mission;
import static org.detente.state.Projections.stateAsOf;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Stream;
import org.detente.ledger.EntryId;
import org.detente.ledger.Entry;
import org.detente.ledger.MissionClosed;
import org.detente.ledger.MissionLimited;
import org.detente.ledger.MissionMeasure;
import org.detente.ledger.MissionOpened;
import org.detente.ledger.MissionReopened;
import org.detente.ledger.MissionReturned;
import org.detente.ledger.MissionSeized;
import org.detente.ledger.MissionSuspended;
import org.detente.model.AirLinkStatus;
import org.detente.model.ChannelStatus;
import org.detente.model.CommitmentId;
import org.detente.model.CommitmentStatus;
import org.detente.model.HistoricalDate;
import org.detente.model.MissionId;
import org.detente.model.MissionStatus;
import org.detente.model.RestrictionId;
import org.detente.model.RestrictionKind;
import org.detente.model.SanctionId;
import org.detente.model.SanctionStatus;
import org.detente.model.SanctionTargetKind;
import org.detente.model.VisaIssuance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The effect of each kind of measure (other than staff measures) on the state of relations. */
class MeasureEffectsTest {

    // ---- missions ----------------------------------------------------------------------------

    static Stream<Arguments> missionMeasures() {
        return Stream.of(
                Arguments.of(fn(MissionOpened::new), MissionStatus.OPERATIONAL),
                Arguments.of(fn(MissionLimited::new), MissionStatus.LIMITED),
                Arguments.of(fn(MissionSuspended::new), MissionStatus.SUSPENDED),
                Arguments.of(fn(MissionClosed::new), MissionStatus.CLOSED),
                Arguments.of(fn(MissionSeized::new), MissionStatus.SEIZED),
                Arguments.of(fn(MissionReturned::new), MissionStatus.CLOSED),
                Arguments.of(fn(MissionReopened::new), MissionStatus.OPERATIONAL));
    }

    private static Function<MissionId, MissionMeasure> fn(Function<MissionId, MissionMeasure> f) {
        return f;
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("missionMeasures")
    void every_mission_measure_sets_its_status_from_its_day_on(Function<MissionId, MissionMeasure> measure,
                                                               MissionStatus expected) {
        // given the consulate in San Francisco had been limited, and now the measure applies to it
        Entry limited = entry("sf-limited").by(US).on("2017-08").does(new MissionLimited(RU_CG_SAN_FRANCISCO));
        Entry change = entry("sf-change").by(US).on("2017-09-02").does(measure.apply(RU_CG_SAN_FRANCISCO));

        // when
        MissionState state = stateAsOf("2017-09-02", limited, change).mission(RU_CG_SAN_FRANCISCO).orElseThrow();

        // then
        assertThat(state.status()).isEqualTo(expected);
        assertThat(state.since()).isEqualTo(HistoricalDate.parse("2017-09-02"));
        assertThat(state.visaIssuance()).contains(VisaIssuance.FULL);
        assertThat(state.mission()).isEqualTo(mission(RU_CG_SAN_FRANCISCO));
    }

    @Test
    void a_mission_keeps_its_baseline_until_an_entry_changes_it() {
        Entry closed = entry("sf-closed").by(US).on("2017-09-02").does(new MissionClosed(RU_CG_SAN_FRANCISCO));

        MissionState state = stateAsOf("2017-09-01", closed).mission(RU_CG_SAN_FRANCISCO).orElseThrow();

        assertThat(state.status()).isEqualTo(MissionStatus.OPERATIONAL);
        assertThat(state.since()).isEqualTo(HistoricalDate.parse("1973"));
    }

    @Test
    void a_mission_that_does_not_work_issues_no_visas_whatever_was_announced() {
        Entry closed = entry("sf-closed").by(US).on("2017-09-02").does(new MissionClosed(RU_CG_SAN_FRANCISCO));

        MissionState state = stateAsOf("2018-01-01", closed).mission(RU_CG_SAN_FRANCISCO).orElseThrow();

        assertThat(state.visaIssuance()).contains(VisaIssuance.FULL);
        assertThat(state.effectiveVisaIssuance()).contains(VisaIssuance.NONE);
    }

    @Test
    void seized_premises_returned_stay_closed_until_reopened() {
        Entry seized = entry("annex-seized").by(US).on("2016-12-29").does(new MissionSeized(RU_TRADE_ANNEX_WASHINGTON));
        Entry returned = entry("annex-returned").by(US).on("2026-01-10")
                .does(new MissionReturned(RU_TRADE_ANNEX_WASHINGTON));
        Entry reopened = entry("annex-reopened").by(RU).on("2026-03-01")
                .does(new MissionReopened(RU_TRADE_ANNEX_WASHINGTON));

        assertThat(stateAsOf("2020-01-01", seized, returned, reopened).mission(RU_TRADE_ANNEX_WASHINGTON))
                .map(MissionState::status).contains(MissionStatus.SEIZED);
        assertThat(stateAsOf("2026-02-01", seized, returned, reopened).mission(RU_TRADE_ANNEX_WASHINGTON))
                .map(MissionState::status).contains(MissionStatus.CLOSED);
        assertThat(stateAsOf("2026-03-01", seized, returned, reopened).mission(RU_TRADE_ANNEX_WASHINGTON))
                .map(MissionState::status).contains(MissionStatus.OPERATIONAL);
    }

    @Test
    void visa_service_changed_sets_level_and_capacity_but_not_the_status() {
        Entry limited = entry("yek-limited").by(RU).on("2020-06").does(new MissionLimited(US_CG_YEKATERINBURG));
        Entry service = entry("yek-emergency").by(US).on("2020-09-01")
                .does(visaService(US_CG_YEKATERINBURG, VisaIssuance.EMERGENCY_ONLY, 40));

        MissionState state = stateAsOf("2020-10-01", limited, service).mission(US_CG_YEKATERINBURG).orElseThrow();

        assertThat(state.visaIssuance()).contains(VisaIssuance.EMERGENCY_ONLY);
        assertThat(state.monthlyCapacity()).isEqualTo(OptionalInt.of(40));
        assertThat(state.status()).isEqualTo(MissionStatus.LIMITED);
        assertThat(state.since()).isEqualTo(HistoricalDate.parse("2020-06"));
        assertThat(state.effectiveVisaIssuance()).contains(VisaIssuance.EMERGENCY_ONLY);
    }

    @Test
    void visa_service_can_start_at_premises_that_had_none() {
        Entry service = entry("annex-visas").by(RU).on("2025-05-01")
                .does(visaService(RU_TRADE_ANNEX_WASHINGTON, VisaIssuance.LIMITED));

        assertThat(mission(RU_TRADE_ANNEX_WASHINGTON).visaIssuance()).isEmpty();
        assertThat(stateAsOf("2025-05-01", service).mission(RU_TRADE_ANNEX_WASHINGTON).orElseThrow().visaIssuance())
                .contains(VisaIssuance.LIMITED);
    }

    // ---- restrictions, channels, air links -----------------------------------------------------

    @Test
    void a_restriction_is_in_force_from_its_imposition_until_lifted() {
        // given Russia restricts US diplomats' travel, and lifts it later
        Entry imposed = entry("ru-travel-notice").by(RU).on("2022-03-01")
                .does(restrictionImposed("travel-notice", RestrictionKind.TRAVEL_NOTIFICATION));
        Entry lifted = entry("ru-travel-notice-lifted").by(RU).on("2025-06-01").does(restrictionLifted("travel-notice"));
        RestrictionId id = RestrictionId.of("travel-notice");

        // then: absent before, in force between, lifted (but still listed) after
        assertThat(stateAsOf("2022-02-28", imposed, lifted).restrictions()).isEmpty();

        RelationsState during = stateAsOf("2023-01-01", imposed, lifted);
        RestrictionState restriction = during.restriction(id).orElseThrow();
        assertThat(restriction.inForce()).isTrue();
        assertThat(restriction.imposedBy()).isEqualTo(RU);
        assertThat(restriction.appliesTo()).isEqualTo(US);
        assertThat(restriction.kind()).isEqualTo(RestrictionKind.TRAVEL_NOTIFICATION);
        assertThat(restriction.since()).isEqualTo(HistoricalDate.parse("2022-03-01"));
        assertThat(restriction.imposedIn()).isEqualTo(EntryId.of("ru-travel-notice"));
        assertThat(during.restrictionsInForce()).containsExactly(restriction);

        RelationsState after = stateAsOf("2025-06-01", imposed, lifted);
        assertThat(after.restriction(id).orElseThrow().liftedOn()).contains(HistoricalDate.parse("2025-06-01"));
        assertThat(after.restrictionsInForce()).isEmpty();
        assertThat(after.restrictions()).hasSize(1);
    }

    @Test
    void a_channel_is_suspended_and_restored() {
        Entry suspended = entry("arctic-suspended").by(US).on("2022-03-03").does(channelSuspended(ARCTIC_CHANNEL));
        Entry restored = entry("arctic-restored").by(RU).on("2025-07-01").does(channelRestored(ARCTIC_CHANNEL));

        ChannelState before = stateAsOf("2022-03-02", suspended, restored).channel(ARCTIC_CHANNEL).orElseThrow();
        ChannelState during = stateAsOf("2023-01-01", suspended, restored).channel(ARCTIC_CHANNEL).orElseThrow();
        ChannelState after = stateAsOf("2025-07-01", suspended, restored).channel(ARCTIC_CHANNEL).orElseThrow();

        assertThat(before.active()).isTrue();
        assertThat(before.since()).isEqualTo(HistoricalDate.parse("2010"));
        assertThat(during.status()).isEqualTo(ChannelStatus.SUSPENDED);
        assertThat(during.since()).isEqualTo(HistoricalDate.parse("2022-03-03"));
        assertThat(after.status()).isEqualTo(ChannelStatus.ACTIVE);
        assertThat(after.since()).isEqualTo(HistoricalDate.parse("2025-07-01"));
    }

    @Test
    void an_air_link_is_suspended_and_resumed() {
        Entry suspended = entry("flights-stop").by(US).on("2022-03-01").does(airLinkSuspended(MOSCOW_NEW_YORK));
        Entry resumed = entry("flights-resume").by(US).on("2026-01-01").does(airLinkResumed(MOSCOW_NEW_YORK));

        AirLinkState during = stateAsOf("2025-04-10", suspended, resumed).airLink(MOSCOW_NEW_YORK).orElseThrow();
        AirLinkState after = stateAsOf("2026-01-02", suspended, resumed).airLink(MOSCOW_NEW_YORK).orElseThrow();

        assertThat(during.status()).isEqualTo(AirLinkStatus.SUSPENDED);
        assertThat(during.operating()).isFalse();
        assertThat(during.since()).isEqualTo(HistoricalDate.parse("2022-03-01"));
        assertThat(after.operating()).isTrue();
        assertThat(after.since()).isEqualTo(HistoricalDate.parse("2026-01-01"));
    }

    // ---- sanctions, talks, commitments, statements, conditions ----------------------------------

    @Test
    void a_sanction_is_imposed_eased_and_lifted() {
        Entry imposed = entry("us-sanctions-aeroflot").by(US).on("2022-04-07")
                .does(sanctionImposed("aeroflot", SanctionTargetKind.AIRLINE));
        Entry eased = entry("us-eases-aeroflot").by(US).on("2025-09-01").does(sanctionEased("aeroflot"));
        Entry lifted = entry("us-lifts-aeroflot").by(US).on("2026-02-01").does(sanctionLifted("aeroflot"));
        SanctionId id = SanctionId.of("aeroflot");

        SanctionState inForce = stateAsOf("2023-01-01", imposed, eased, lifted).sanction(id).orElseThrow();
        SanctionState easedState = stateAsOf("2025-09-01", imposed, eased, lifted).sanction(id).orElseThrow();
        SanctionState liftedState = stateAsOf("2026-02-01", imposed, eased, lifted).sanction(id).orElseThrow();

        assertThat(stateAsOf("2022-04-06", imposed, eased, lifted).sanctions()).isEmpty();
        assertThat(inForce.status()).isEqualTo(SanctionStatus.IN_FORCE);
        assertThat(inForce.imposedBy()).isEqualTo(US);
        assertThat(inForce.targetCountry()).isEqualTo(RU);
        assertThat(inForce.targetKind()).isEqualTo(SanctionTargetKind.AIRLINE);
        assertThat(inForce.imposedOn()).isEqualTo(HistoricalDate.parse("2022-04-07"));
        assertThat(easedState.status()).isEqualTo(SanctionStatus.EASED);
        assertThat(easedState.since()).isEqualTo(HistoricalDate.parse("2025-09-01"));
        assertThat(easedState.imposedOn()).isEqualTo(HistoricalDate.parse("2022-04-07"));
        assertThat(liftedState.status()).isEqualTo(SanctionStatus.LIFTED);
        assertThat(liftedState.since()).isEqualTo(HistoricalDate.parse("2026-02-01"));
    }

    @Test
    void talks_held_by_the_date_are_listed_in_order() {
        Entry first = entry("istanbul-1").by(RU).on("2025-02-27").does(talks("Istanbul", DIPLOMATIC_RELATIONS));
        Entry second = entry("istanbul-2").by(RU).on("2025-04-10").does(talks("Istanbul", DIPLOMATIC_RELATIONS));

        RelationsState march = stateAsOf("2025-03-01", second, first);
        RelationsState may = stateAsOf("2025-05-01", second, first);

        assertThat(march.talks()).extracting(TalksRound::entry).containsExactly(EntryId.of("istanbul-1"));
        assertThat(may.talks()).extracting(TalksRound::entry)
                .containsExactly(EntryId.of("istanbul-1"), EntryId.of("istanbul-2"));
        TalksRound round = may.talks().get(1);
        assertThat(round.date()).isEqualTo(HistoricalDate.parse("2025-04-10"));
        assertThat(round.venue()).isEqualTo("Istanbul");
        assertThat(round.tracks()).containsExactly(DIPLOMATIC_RELATIONS);
        assertThat(round.delegations()).hasSize(2);
        assertThat(round.agenda()).containsExactly("embassy operations");
        assertThat(round.outcome()).isEqualTo("constructive");
    }

    @Test
    void a_commitment_is_open_until_fulfilled() {
        Entry made = entry("ru-commits").by(RU).on("2025-04-10")
                .does(commitmentMade("bank-access", LocalDate.of(2025, 6, 1), DIPLOMATIC_RELATIONS));
        Entry fulfilled = entry("ru-fulfils").by(RU).on("2025-07-01").does(commitmentFulfilled("bank-access"));
        CommitmentId id = CommitmentId.of("bank-access");

        CommitmentState open = stateAsOf("2025-06-15", made, fulfilled).commitment(id).orElseThrow();
        CommitmentState done = stateAsOf("2025-07-01", made, fulfilled).commitment(id).orElseThrow();

        assertThat(open.status()).isEqualTo(CommitmentStatus.OPEN);
        assertThat(open.party()).isEqualTo(RU);
        assertThat(open.track()).contains(DIPLOMATIC_RELATIONS);
        assertThat(open.madeOn()).isEqualTo(HistoricalDate.parse("2025-04-10"));
        assertThat(open.overdueOn(LocalDate.of(2025, 6, 15))).isTrue();
        assertThat(open.overdueOn(LocalDate.of(2025, 6, 1))).isFalse();
        assertThat(done.status()).isEqualTo(CommitmentStatus.FULFILLED);
        assertThat(done.since()).isEqualTo(HistoricalDate.parse("2025-07-01"));
        assertThat(done.overdueOn(LocalDate.of(2025, 8, 1))).isFalse();
    }

    @Test
    void a_commitment_can_be_broken() {
        Entry made = entry("us-commits").by(US).on("2025-02-27").does(commitmentMade("visas-for-staff"));
        Entry broken = entry("us-breaks").by(US).on("2025-05-01").does(commitmentBroken("visas-for-staff"));

        CommitmentState state = stateAsOf("2025-05-01", made, broken).commitment(CommitmentId.of("visas-for-staff"))
                .orElseThrow();

        assertThat(state.status()).isEqualTo(CommitmentStatus.BROKEN);
        assertThat(state.since()).isEqualTo(HistoricalDate.parse("2025-05-01"));
        assertThat(state.due()).isEmpty();
    }

    @Test
    void statements_made_by_the_date_are_listed_with_their_side() {
        Entry said = entry("bruce-on-normalization").by(US).on("2025-04-10")
                .does(statement("Tammy Bruce", "normalization only after peace between Russia and Ukraine"));

        RelationsState state = stateAsOf("2025-04-10", said);

        assertThat(state.statements()).singleElement().satisfies(s -> {
            assertThat(s.entry()).isEqualTo(EntryId.of("bruce-on-normalization"));
            assertThat(s.side()).isEqualTo(US);
            assertThat(s.speaker()).isEqualTo("Tammy Bruce");
            assertThat(s.date()).isEqualTo(HistoricalDate.parse("2025-04-10"));
            assertThat(s.track()).isEmpty();
        });
        assertThat(stateAsOf("2025-04-09", said).statements()).isEmpty();
    }

    @Test
    void a_condition_holds_from_the_entry_that_says_so() {
        Entry peace = entry("peace-signed").by(RU).on("2026-01").does(conditionChanged(PEACE, true));
        Entry broken = entry("peace-broken").by(US).on("2026-06-01").does(conditionChanged(PEACE, false));

        ConditionState baseline = stateAsOf("2025-12-31", peace, broken).condition(PEACE).orElseThrow();
        ConditionState holding = stateAsOf("2026-01-01", peace, broken).condition(PEACE).orElseThrow();
        ConditionState after = stateAsOf("2026-06-01", peace, broken).condition(PEACE).orElseThrow();

        assertThat(baseline.holds()).isFalse();
        assertThat(baseline.since()).isEmpty();
        assertThat(holding.holds()).isTrue();
        assertThat(holding.since()).contains(HistoricalDate.parse("2026-01"));
        assertThat(after.holds()).isFalse();
        assertThat(after.since()).contains(HistoricalDate.parse("2026-06-01"));
    }

    // ---- baselines and corrections -------------------------------------------------------------

    @Test
    void definitions_whose_baseline_starts_after_the_date_are_absent() {
        RelationsState in1990 = stateAsOf("1990-06-01");
        RelationsState in2016 = stateAsOf("2016-01-31");
        RelationsState february2016 = stateAsOf("2016-02-01");

        assertThat(in1990.mission(US_CG_YEKATERINBURG)).isEmpty();          // since 1994
        assertThat(in1990.mission(RU_CG_SAN_FRANCISCO)).isPresent();        // since 1973
        assertThat(in1990.mission(RU_TRADE_ANNEX_WASHINGTON)).isPresent();  // since 1990: counts from 1990-01-01
        assertThat(in1990.airLink(MOSCOW_NEW_YORK)).isEmpty();              // since 1995
        assertThat(in1990.channels()).isEmpty();
        assertThat(in2016.channel(ARCTIC_CHANNEL)).isPresent();
        assertThat(in2016.channel(MAYORS_CHANNEL)).isEmpty();               // since 2016-02
        assertThat(february2016.channel(MAYORS_CHANNEL)).isPresent();
        assertThat(in1990.condition(PEACE)).isPresent();                    // conditions have no start
    }

    @Test
    void lists_keep_the_order_of_the_definitions() {
        RelationsState state = stateAsOf("2025-01-01",
                entry("sf-closed").by(US).on("2017-09-02").does(new MissionClosed(RU_CG_SAN_FRANCISCO)));

        assertThat(state.missions()).extracting(m -> m.mission().id())
                .containsExactlyElementsOf(Projections.definitionMissionIds());
    }

    @Test
    void a_retracted_entry_has_no_effect_and_a_retraction_applies_nothing() {
        Entry closed = entry("sf-closed").by(US).on("2017-09-02").does(new MissionClosed(RU_CG_SAN_FRANCISCO));
        Entry retraction = entry("sf-closed-retracted").by(US).on("2017-09-03").does(retraction("sf-closed"));

        RelationsState state = stateAsOf("2018-01-01", closed, retraction);

        assertThat(state.mission(RU_CG_SAN_FRANCISCO)).map(MissionState::status).contains(MissionStatus.OPERATIONAL);
        assertThat(state.entriesApplied()).isZero();
    }

    @Test
    void an_entry_recorded_after_the_moment_asked_about_is_not_known_then() {
        Entry closed = entry("sf-closed").by(US).on("2017-09-02").recordedAt("2017-09-05T10:00:00Z")
                .does(new MissionClosed(RU_CG_SAN_FRANCISCO));
        Entry retraction = entry("sf-closed-retracted").by(US).on("2017-09-02").recordedAt("2017-10-01T00:00:00Z")
                .does(retraction("sf-closed"));

        MissionStatus before = status(stateAsOf("2017-12-01", java.time.Instant.parse("2017-09-05T09:59:59Z"),
                closed, retraction));
        MissionStatus atRecording = status(stateAsOf("2017-12-01", java.time.Instant.parse("2017-09-05T10:00:00Z"),
                closed, retraction));
        MissionStatus afterRetraction = status(stateAsOf("2017-12-01", java.time.Instant.parse("2017-10-01T00:00:00Z"),
                closed, retraction));

        assertThat(before).isEqualTo(MissionStatus.OPERATIONAL);
        assertThat(atRecording).isEqualTo(MissionStatus.CLOSED);
        assertThat(afterRetraction).isEqualTo(MissionStatus.OPERATIONAL);
    }

    private static MissionStatus status(RelationsState state) {
        return state.mission(RU_CG_SAN_FRANCISCO).orElseThrow().status();
    }

    @Test
    void a_track_reference_is_kept_on_commitments_made_without_due_date() {
        Entry made = entry("commit").by(RU).on("2025-04-10")
                .does(new org.detente.ledger.CommitmentMade(CommitmentId.of("talk-more"), "to keep talking",
                        Optional.empty(), Optional.of(UKRAINE_WAR)));

        assertThat(stateAsOf("2025-04-10", made).commitment(CommitmentId.of("talk-more")).orElseThrow().track())
                .contains(UKRAINE_WAR);
    }
}
