package org.detente.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.detente.fixtures.LedgerFixtures.airLinkSuspended;
import static org.detente.fixtures.LedgerFixtures.channelSuspended;
import static org.detente.fixtures.LedgerFixtures.commitmentFulfilled;
import static org.detente.fixtures.LedgerFixtures.commitmentMade;
import static org.detente.fixtures.LedgerFixtures.conditionChanged;
import static org.detente.fixtures.LedgerFixtures.entry;
import static org.detente.fixtures.LedgerFixtures.reported;
import static org.detente.fixtures.LedgerFixtures.restrictionImposed;
import static org.detente.fixtures.LedgerFixtures.restrictionLifted;
import static org.detente.fixtures.LedgerFixtures.sanctionEased;
import static org.detente.fixtures.LedgerFixtures.sanctionImposed;
import static org.detente.fixtures.LedgerFixtures.sanctionLifted;
import static org.detente.fixtures.LedgerFixtures.visaService;
import static org.detente.fixtures.MissionFixtures.ARCTIC_CHANNEL;
import static org.detente.fixtures.MissionFixtures.DEFINITION;
import static org.detente.fixtures.MissionFixtures.MOSCOW_NEW_YORK;
import static org.detente.fixtures.MissionFixtures.PEACE;
import static org.detente.fixtures.MissionFixtures.RU;
import static org.detente.fixtures.MissionFixtures.RU_CG_SAN_FRANCISCO;
import static org.detente.fixtures.MissionFixtures.RU_TRADE_ANNEX_WASHINGTON;
import static org.detente.fixtures.MissionFixtures.US;
import static org.detente.fixtures.MissionFixtures.US_EMBASSY_MOSCOW;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.detente.ledger.Entry;
import org.detente.ledger.MissionClosed;
import org.detente.ledger.MissionReopened;
import org.detente.model.ChannelLevel;
import org.detente.model.CommitmentId;
import org.detente.model.MissionStatus;
import org.detente.model.RestrictionId;
import org.detente.model.RestrictionKind;
import org.detente.model.SanctionId;
import org.detente.model.SanctionStatus;
import org.detente.model.SanctionTargetKind;
import org.detente.model.StaffCategory;
import org.detente.model.VisaIssuance;
import org.detente.state.Projector;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CriteriaTest {
    private static final LocalDate BASELINE = LocalDate.of(2025, 2, 1);

    private static CriterionResult evaluate(Criterion criterion, String asOf, Entry... entries) {
        Projector projector = Projector.of(DEFINITION, List.of(entries));
        return criterion.evaluate(CriterionContext.of(projector.stateAsOf(LocalDate.parse(asOf)), projector::stateAsOf));
    }

    @Nested
    class StaffMultiple {
        private final Criterion russianStaff25Times = new StaffMultipleReached(RU, 25, BASELINE, Optional.empty());
        private final Entry baseline = entry("ru-staff-10").by(RU).on("2025-01-15").does(reported(10));

        @Test
        void reports_the_multiple_reached_against_the_baseline_level() {
            CriterionResult result = evaluate(russianStaff25Times, "2025-06-01", baseline,
                    entry("ru-staff-31").by(RU).on("2025-05-01").does(reported(31)));

            assertThat(result.met()).isFalse();
            assertThat(result.progress()).hasValueSatisfying(p -> {
                assertThat(p.text()).isEqualTo("3.1× of 25×");
                assertThat(p.current()).hasValue(3.1);
                assertThat(p.fraction().getAsDouble()).isCloseTo(3.1 / 25, org.assertj.core.data.Offset.offset(1e-9));
            });
        }

        @Test
        void is_met_at_the_multiple() {
            CriterionResult result = evaluate(russianStaff25Times, "2025-06-01", baseline,
                    entry("ru-staff-250").by(RU).on("2025-05-01").does(reported(250)));

            assertThat(result.met()).isTrue();
            assertThat(result.progress().orElseThrow().text()).isEqualTo("25× of 25×");
            assertThat(result.progress().orElseThrow().fraction()).hasValue(1.0);
        }

        @Test
        void says_the_baseline_is_unknown_instead_of_inventing_a_number() {
            CriterionResult result = evaluate(russianStaff25Times, "2025-06-01",
                    entry("ru-staff-31").by(RU).on("2025-05-01").does(reported(31)));

            assertThat(result.met()).isFalse();
            assertThat(result.progress().orElseThrow().known()).isFalse();
            assertThat(result.progress().orElseThrow().text()).isEqualTo("? of 25×");
            assertThat(result.explanation()).contains("baseline date 2025-02-01 is unknown");
        }

        @Test
        void without_a_history_the_baseline_cannot_be_looked_up() {
            Projector projector = Projector.of(DEFINITION, List.of(baseline));

            CriterionResult result = russianStaff25Times.evaluate(CriterionContext.of(projector.stateAsOf(LocalDate.of(2025, 6, 1))));

            assertThat(result.met()).isFalse();
            assertThat(result.explanation()).contains("was not provided");
        }

        @Test
        void a_baseline_after_the_date_asked_for_is_not_used() {
            CriterionResult result = evaluate(russianStaff25Times, "2025-01-20", baseline);

            assertThat(result.met()).isFalse();
            assertThat(result.explanation()).contains("after 2025-01-20");
        }

        @Test
        void rejects_a_multiple_that_is_not_positive() {
            assertThatThrownBy(() -> new StaffMultipleReached(RU, 0, BASELINE, Optional.empty()))
                    .hasMessageContaining("multiple must be a finite number > 0");
        }
    }

    @Test
    void staff_at_least_counts_the_category_asked_for() {
        Entry report = entry("us-staff").by(US).on("2025-01-01").does(reported(120, null, 0, null));
        Criterion localStaff = new StaffAtLeast(US, 1, Optional.of(StaffCategory.LOCAL));
        Criterion diplomats = new StaffAtLeast(US, 100, Optional.of(StaffCategory.DIPLOMATIC));

        assertThat(evaluate(localStaff, "2025-02-01", report).met()).isFalse();
        assertThat(evaluate(diplomats, "2025-02-01", report).met()).isTrue();
        assertThat(evaluate(diplomats, "2025-02-01", report).progress().orElseThrow().text()).isEqualTo("120 of 100");
        assertThat(evaluate(new StaffAtLeast(US, 1, Optional.of(StaffCategory.ADMIN_TECHNICAL)), "2025-02-01", report)
                .progress().orElseThrow().known()).isFalse();
    }

    @Test
    void mission_status_follows_closing_and_reopening() {
        Criterion reopened = new MissionHasStatus(RU_CG_SAN_FRANCISCO, MissionStatus.OPERATIONAL);
        Entry closed = entry("sf-closed").by(US).on("2017-09-02").does(new MissionClosed(RU_CG_SAN_FRANCISCO));
        Entry reopenedEntry = entry("sf-reopened").by(US).on("2025-09-01").does(new MissionReopened(RU_CG_SAN_FRANCISCO));

        assertThat(evaluate(reopened, "2025-01-01", closed).met()).isFalse();
        assertThat(evaluate(reopened, "2025-01-01", closed).explanation()).contains("closed", "needs operational");
        assertThat(evaluate(reopened, "2025-10-01", closed, reopenedEntry).met()).isTrue();
    }

    @Test
    void a_restriction_is_not_in_force_before_it_is_imposed_and_after_it_is_lifted() {
        Criterion notInForce = new RestrictionNotInForce(RestrictionId.of("local-staff-ban"));
        Entry imposed = entry("ban").by(RU).on("2021-04-23").does(restrictionImposed("local-staff-ban", RestrictionKind.LOCAL_STAFF_BAN));
        Entry lifted = entry("unban").by(RU).on("2025-06-01").does(restrictionLifted("local-staff-ban"));

        assertThat(evaluate(notInForce, "2020-01-01", imposed, lifted).met()).isTrue();
        assertThat(evaluate(notInForce, "2022-01-01", imposed, lifted).met()).isFalse();
        assertThat(evaluate(notInForce, "2025-06-01", imposed, lifted).met()).isTrue();
    }

    @Test
    void no_restrictions_in_force_looks_only_at_the_kinds_and_side_asked_for() {
        Criterion blockadeLifted = new NoRestrictionsInForce(
                Set.of(RestrictionKind.TRAVEL_NOTIFICATION, RestrictionKind.ACCESS_TO_OFFICIALS), Optional.of(RU));
        Entry russianTravelRule = entry("ru-travel").by(RU).on("2021-04-16")
                .does(restrictionImposed("ru-travel", RestrictionKind.TRAVEL_NOTIFICATION));
        Entry americanTravelRule = entry("us-travel").by(US).on("2019-01-01")
                .does(restrictionImposed("us-travel", RestrictionKind.TRAVEL_NOTIFICATION));
        Entry russianBankingRule = entry("ru-bank").by(RU).on("2021-04-16")
                .does(restrictionImposed("ru-bank", RestrictionKind.MISSION_BANKING));

        assertThat(evaluate(blockadeLifted, "2022-01-01", americanTravelRule, russianBankingRule).met()).isTrue();
        CriterionResult blocked = evaluate(blockadeLifted, "2022-01-01", russianTravelRule, americanTravelRule);
        assertThat(blocked.met()).isFalse();
        assertThat(blocked.explanation()).contains("ru-travel").doesNotContain("us-travel");
    }

    @Test
    void channels_active_counts_channels_of_the_level_and_topic_asked_for() {
        Criterion twoChannels = new ChannelsActive(2, Optional.empty(), Optional.empty());
        Criterion arcticMinistries = new ChannelsActive(1, Optional.of(ChannelLevel.MINISTRY), Optional.of("arctic-environment"));
        Entry suspended = entry("arctic-off").by(RU).on("2022-03-03").does(channelSuspended(ARCTIC_CHANNEL));

        assertThat(evaluate(twoChannels, "2020-01-01").met()).isTrue();
        CriterionResult afterSuspension = evaluate(twoChannels, "2023-01-01", suspended);
        assertThat(afterSuspension.met()).isFalse();
        assertThat(afterSuspension.progress().orElseThrow().text()).isEqualTo("1 of 2");
        assertThat(evaluate(arcticMinistries, "2023-01-01", suspended).met()).isFalse();
        assertThat(evaluate(arcticMinistries, "2020-01-01", suspended).met()).isTrue();
    }

    @Test
    void visa_issuance_counts_a_closed_mission_as_issuing_none() {
        Criterion fullVisas = new VisaIssuanceAtLeast(US_EMBASSY_MOSCOW, VisaIssuance.LIMITED);
        Entry emergencyOnly = entry("visas-cut").by(US).on("2021-05-12").does(visaService(US_EMBASSY_MOSCOW, VisaIssuance.EMERGENCY_ONLY));
        Entry closed = entry("closed").by(RU).on("2022-01-01").does(new MissionClosed(US_EMBASSY_MOSCOW));

        assertThat(evaluate(fullVisas, "2020-01-01", emergencyOnly).met()).isTrue();
        CriterionResult cut = evaluate(fullVisas, "2021-06-01", emergencyOnly);
        assertThat(cut.met()).isFalse();
        assertThat(cut.progress().orElseThrow().text()).isEqualTo("emergency-only (1 of 2)");
        assertThat(evaluate(new VisaIssuanceAtLeast(US_EMBASSY_MOSCOW, VisaIssuance.EMERGENCY_ONLY), "2022-02-01",
                emergencyOnly, closed).met()).isFalse();
        assertThat(evaluate(new VisaIssuanceAtLeast(RU_TRADE_ANNEX_WASHINGTON, VisaIssuance.LIMITED), "2022-02-01").explanation())
                .contains("no consular work");
    }

    @Test
    void an_air_link_operates_until_it_is_suspended() {
        Criterion flights = new AirLinkOperating(MOSCOW_NEW_YORK);
        Entry suspended = entry("no-flights").by(US).on("2022-03-02").does(airLinkSuspended(MOSCOW_NEW_YORK));

        assertThat(evaluate(flights, "2021-01-01", suspended).met()).isTrue();
        assertThat(evaluate(flights, "2023-01-01", suspended).met()).isFalse();
    }

    @Test
    void sanction_relief_distinguishes_easing_from_lifting() {
        Criterion eased = new SanctionRelieved(SanctionId.of("aeroflot"), SanctionStatus.EASED);
        Criterion lifted = new SanctionRelieved(SanctionId.of("aeroflot"), SanctionStatus.LIFTED);
        Entry imposed = entry("aeroflot-on").by(US).on("2022-04-07").does(sanctionImposed("aeroflot", SanctionTargetKind.AIRLINE));
        Entry easing = entry("aeroflot-eased").by(US).on("2025-06-01").does(sanctionEased("aeroflot"));
        Entry lifting = entry("aeroflot-off").by(US).on("2025-09-01").does(sanctionLifted("aeroflot"));

        assertThat(evaluate(eased, "2021-01-01", imposed).explanation()).contains("not imposed");
        assertThat(evaluate(eased, "2021-01-01", imposed).met()).isFalse();
        assertThat(evaluate(eased, "2023-01-01", imposed, easing, lifting).met()).isFalse();
        assertThat(evaluate(eased, "2025-07-01", imposed, easing, lifting).met()).isTrue();
        assertThat(evaluate(lifted, "2025-07-01", imposed, easing, lifting).met()).isFalse();
        assertThat(evaluate(lifted, "2025-10-01", imposed, easing, lifting).met()).isTrue();
        assertThatThrownBy(() -> new SanctionRelieved(SanctionId.of("x"), SanctionStatus.IN_FORCE))
                .hasMessageContaining("relief must be eased or lifted");
    }

    @Test
    void a_commitment_counts_once_fulfilled() {
        Criterion kept = new CommitmentIsFulfilled(CommitmentId.of("banking"));
        Entry made = entry("banking-made").by(US).on("2025-04-10").does(commitmentMade("banking"));
        Entry fulfilled = entry("banking-done").by(US).on("2025-07-01").does(commitmentFulfilled("banking"));

        assertThat(evaluate(kept, "2025-03-01", made, fulfilled).met()).isFalse();
        assertThat(evaluate(kept, "2025-05-01", made, fulfilled).met()).isFalse();
        assertThat(evaluate(kept, "2025-08-01", made, fulfilled).met()).isTrue();
    }

    @Test
    void an_external_condition_is_set_by_an_entry() {
        Criterion peace = new ConditionHolds(PEACE, true);
        Entry agreement = entry("peace").by(RU).on("2026-01-01").does(conditionChanged(PEACE, true));

        assertThat(evaluate(peace, "2025-12-31", agreement).met()).isFalse();
        assertThat(evaluate(peace, "2026-01-01", agreement).met()).isTrue();
        assertThat(evaluate(new ConditionHolds(PEACE, false), "2025-12-31", agreement).met()).isTrue();
    }

    @Test
    void all_of_counts_the_parts_met_and_any_of_needs_one() {
        Criterion peace = new ConditionHolds(PEACE, true);
        Criterion flights = new AirLinkOperating(MOSCOW_NEW_YORK);

        CriterionResult both = evaluate(flights.and(peace), "2025-01-01");
        assertThat(both.met()).isFalse();
        assertThat(both.progress().orElseThrow().text()).isEqualTo("1 of 2");
        assertThat(both.explanation()).contains("peace-russia-ukraine does not hold");
        assertThat(evaluate(flights.or(peace), "2025-01-01").met()).isTrue();
        assertThat(evaluate(Criterion.anyOf(peace, new ConditionHolds(PEACE, true)), "2025-01-01").met()).isFalse();
        assertThat(peace.isSatisfiedBy(Projector.of(DEFINITION, List.of()).stateAsOf(LocalDate.of(2025, 1, 1)))).isFalse();
    }

    @Nested
    class HeadsOfMission {
        private final Criterion bothAmbassadors = new HeadsOfMissionInPost(List.of(US_EMBASSY_MOSCOW,
                org.detente.fixtures.MissionFixtures.RU_EMBASSY_WASHINGTON));

        @Test
        void a_charge_d_affaires_does_not_count_and_credentials_on_both_sides_meet_it() {
            Entry usCharge = entry("us-charge").by(US).on("2025-01-10")
                    .does(new org.detente.ledger.ChargeDAffairesNamed(US_EMBASSY_MOSCOW, "a chargé"));
            Entry ruCredentials = entry("ru-credentials").by(RU).on("2025-03-01").does(new org.detente.ledger.CredentialsPresented(
                    org.detente.fixtures.MissionFixtures.RU_EMBASSY_WASHINGTON, "an envoy"));
            Entry usCredentials = entry("us-credentials").by(US).on("2025-05-01")
                    .does(new org.detente.ledger.CredentialsPresented(US_EMBASSY_MOSCOW, "another envoy"));

            CriterionResult halfway = evaluate(bothAmbassadors, "2025-04-01", usCharge, ruCredentials, usCredentials);
            CriterionResult done = evaluate(bothAmbassadors, "2025-05-01", usCharge, ruCredentials, usCredentials);

            assertThat(halfway.met()).isFalse();
            assertThat(halfway.progress()).hasValueSatisfying(p -> assertThat(p.text()).isEqualTo("1 of 2"));
            assertThat(done.met()).isTrue();
        }

        @Test
        void names_at_least_one_mission_once() {
            assertThatThrownBy(() -> new HeadsOfMissionInPost(List.of())).hasMessageContaining("at least one");
            assertThatThrownBy(() -> new HeadsOfMissionInPost(List.of(US_EMBASSY_MOSCOW, US_EMBASSY_MOSCOW)))
                    .hasMessageContaining("twice");
        }
    }
}
