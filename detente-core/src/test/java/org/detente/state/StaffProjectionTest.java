package org.detente.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.detente.fixtures.LedgerFixtures.accredited;
import static org.detente.fixtures.LedgerFixtures.cap;
import static org.detente.fixtures.LedgerFixtures.departed;
import static org.detente.fixtures.LedgerFixtures.entry;
import static org.detente.fixtures.LedgerFixtures.expelled;
import static org.detente.fixtures.LedgerFixtures.reported;
import static org.detente.fixtures.LedgerFixtures.visasDenied;
import static org.detente.fixtures.LedgerFixtures.visasExtended;
import static org.detente.fixtures.LedgerFixtures.visasGranted;
import static org.detente.fixtures.MissionFixtures.RU;
import static org.detente.fixtures.MissionFixtures.US;
import static org.detente.state.Projections.stateAsOf;

import java.util.Optional;
import java.util.OptionalInt;
import org.detente.ledger.Entry;
import org.detente.model.Headcount;
import org.detente.model.HistoricalDate;
import org.detente.model.StaffCategory;
import org.junit.jupiter.api.Test;

/**
 * Staff levels: observations reset the level, expulsions, departures and accreditations move it
 * afterwards, visa decisions never do, and a cap is a constraint reported as met or violated.
 */
class StaffProjectionTest {

    private static final Entry RU_REPORTS_490 = entry("ru-reports-490").by(RU).on("2016-12-01").does(reported(490));

    @Test
    void expulsion_reduces_staff_after_the_latest_report() {
        // given Russia reports 490 staff in the US, and the US then expels 35 of them
        Entry expulsion = entry("us-expels-35").by(US).on("2016-12-29").does(expelled(35));

        // when
        RelationsState state = stateAsOf("2017-01-01", RU_REPORTS_490, expulsion);

        // then
        StaffState russians = state.staffOf(RU);
        assertThat(russians.host()).isEqualTo(US);
        assertThat(russians.total()).hasValue(455);
        assertThat(russians.changesSinceReport()).isEqualTo(-35);
        assertThat(russians.reportedOn()).contains(HistoricalDate.parse("2016-12-01"));
    }

    @Test
    void expulsion_does_not_count_before_the_day_it_occurred() {
        Entry expulsion = entry("us-expels-35").by(US).on("2016-12-29").does(expelled(35));

        RelationsState state = stateAsOf("2016-12-28", RU_REPORTS_490, expulsion);

        assertThat(state.staffOf(RU).total()).hasValue(490);
        assertThat(state.entriesApplied()).isEqualTo(1);
    }

    @Test
    void departure_reduces_the_staff_of_the_sending_country() {
        // given the US reports 1,200 staff in Russia, then 755 leave (the sending country acts)
        Entry report = entry("us-reports").by(US).on("2017-07-01").does(reported(1200));
        Entry departure = entry("us-staff-leave").by(US).on("2017-09-01").does(departed(755));

        RelationsState state = stateAsOf("2017-09-30", report, departure);

        assertThat(state.staffOf(US).total()).hasValue(445);
        assertThat(state.staffOf(RU).level()).isEmpty();
    }

    @Test
    void accreditation_increases_the_staff_of_the_other_country() {
        // given the US reports 100 staff in Russia, and Russia (the host) accredits 10 more
        Entry report = entry("us-reports").by(US).on("2025-01-01").does(reported(100));
        Entry accreditation = entry("ru-accredits").by(RU).on("2025-03-01").does(accredited(10));

        RelationsState state = stateAsOf("2025-04-01", report, accreditation);

        assertThat(state.staffOf(US).total()).hasValue(110);
        assertThat(state.staffOf(US).changesSinceReport()).isEqualTo(10);
    }

    @Test
    void visa_decisions_do_not_move_the_staff_level() {
        Entry report = entry("us-reports").by(US).on("2025-01-01").does(reported(100));
        Entry denied = entry("ru-denies").by(RU).on("2025-02-01").does(visasDenied(10));
        Entry granted = entry("ru-grants").by(RU).on("2025-02-02").does(visasGranted(5));
        Entry extended = entry("ru-extends").by(RU).on("2025-02-03").does(visasExtended(3));

        RelationsState state = stateAsOf("2025-03-01", report, denied, granted, extended);

        assertThat(state.staffOf(US).total()).hasValue(100);
        assertThat(state.staffOf(US).changesSinceReport()).isZero();
        assertThat(state.entriesApplied()).isEqualTo(4);
    }

    @Test
    void a_report_resets_the_level_and_the_changes_since_the_previous_one() {
        Entry first = entry("us-reports-1").by(US).on("2025-01-01").does(reported(100));
        Entry expulsion = entry("ru-expels").by(RU).on("2025-02-01").does(expelled(10));
        Entry second = entry("us-reports-2").by(US).on("2025-03-01").does(reported(40, 20, 0, null));

        RelationsState state = stateAsOf("2025-04-01", first, expulsion, second);

        assertThat(state.staffOf(US).level()).contains(new Headcount(40, 20, 0, 60));
        assertThat(state.staffOf(US).changesSinceReport()).isZero();
        assertThat(state.staffOf(US).reportedOn()).contains(HistoricalDate.parse("2025-03-01"));
    }

    @Test
    void an_expulsion_before_the_latest_report_is_already_in_that_report() {
        Entry expulsion = entry("ru-expels").by(RU).on("2025-01-10").does(expelled(10));
        Entry report = entry("us-reports").by(US).on("2025-02-01").does(reported(100));

        RelationsState state = stateAsOf("2025-03-01", expulsion, report);

        assertThat(state.staffOf(US).total()).hasValue(100);
    }

    @Test
    void without_any_report_the_level_stays_unknown_whatever_happens() {
        Entry expulsion = entry("us-expels-35").by(US).on("2016-12-29").does(expelled(35));
        Entry accreditation = entry("us-accredits").by(US).on("2017-01-29").does(accredited(3));

        RelationsState state = stateAsOf("2017-02-01", expulsion, accreditation);

        assertThat(state.staffOf(RU).level()).isEmpty();
        assertThat(state.staffOf(RU).total()).isEmpty();
        assertThat(state.staffOf(RU).capViolated()).isFalse();
    }

    @Test
    void a_measure_on_one_category_moves_that_category_and_the_total() {
        Entry report = entry("us-reports").by(US).on("2025-01-01").does(reported(100, 50, 0, null));
        Entry expulsion = entry("ru-expels-admin").by(RU).on("2025-02-01")
                .does(expelled(10, StaffCategory.ADMIN_TECHNICAL));
        Entry localsLeave = entry("us-locals-leave").by(US).on("2025-02-02").does(departed(5, StaffCategory.LOCAL));

        RelationsState state = stateAsOf("2025-03-01", report, expulsion, localsLeave);

        // local staff cannot go below zero; the total stays the sum of the categories
        assertThat(state.staffOf(US).level()).contains(new Headcount(100, 40, 0, 140));
    }

    @Test
    void a_measure_on_a_category_the_report_did_not_give_leaves_it_unknown() {
        Entry report = entry("us-reports").by(US).on("2025-01-01").does(reported(100, null, null, null));
        Entry locals = entry("ru-expels-locals").by(RU).on("2025-02-01").does(expelled(5, StaffCategory.LOCAL));
        Entry diplomats = entry("ru-expels-diplomats").by(RU).on("2025-02-02").does(expelled(7));

        RelationsState state = stateAsOf("2025-03-01", report, locals, diplomats);

        Headcount level = state.staffOf(US).level().orElseThrow();
        assertThat(level.local()).isNull();
        assertThat(level.total()).isNull();
        assertThat(level.diplomatic()).isEqualTo(93);
    }

    @Test
    void a_level_above_the_cap_is_reported_as_violated_not_cut() {
        // given the US has 1,200 staff in Russia and Russia caps them at 455
        Entry report = entry("us-reports").by(US).on("2017-07-01").does(reported(1200));
        Entry capSet = entry("ru-caps-us-staff").by(RU).on("2017-07-30").does(cap(455));

        // when
        RelationsState state = stateAsOf("2017-08-01", report, capSet);

        // then the level is kept and the cap reported as violated
        StaffState americans = state.staffOf(US);
        assertThat(americans.total()).hasValue(1200);
        assertThat(americans.cap()).hasValue(455);
        assertThat(americans.capSince()).contains(HistoricalDate.parse("2017-07-30"));
        assertThat(americans.capViolated()).isTrue();
        assertThat(americans.capHeadroom()).hasValue(-745);
        assertThat(state.staffOf(RU).cap()).isEmpty();
    }

    @Test
    void departures_down_to_the_cap_meet_it() {
        Entry report = entry("us-reports").by(US).on("2017-07-01").does(reported(1200));
        Entry capSet = entry("ru-caps-us-staff").by(RU).on("2017-07-30").does(cap(455));
        Entry departure = entry("us-staff-leave").by(US).on("2017-09-01").does(departed(745));

        RelationsState state = stateAsOf("2017-09-02", report, capSet, departure);

        assertThat(state.staffOf(US).total()).hasValue(455);
        assertThat(state.staffOf(US).capViolated()).isFalse();
        assertThat(state.staffOf(US).capHeadroom()).hasValue(0);
    }

    @Test
    void a_cap_without_a_known_total_is_neither_met_nor_violated() {
        Entry capSet = entry("ru-caps-us-staff").by(RU).on("2017-07-30").does(cap(455));

        StaffState americans = stateAsOf("2017-08-01", capSet).staffOf(US);

        assertThat(americans.capViolated()).isFalse();
        assertThat(americans.capHeadroom()).isEqualTo(OptionalInt.empty());
    }

    @Test
    void a_report_dated_a_day_gives_the_level_at_the_end_of_that_day() {
        // given a report of 455 and an expulsion of 35 on the same day, the expulsion recorded later
        Entry report = entry("ru-reports").by(RU).on("2016-12-29").recordedAt("2017-01-02T00:00:00Z")
                .does(reported(455));
        Entry expulsion = entry("us-expels-35").by(US).on("2016-12-29").recordedAt("2017-01-05T00:00:00Z")
                .does(expelled(35));

        // when
        RelationsState state = stateAsOf("2016-12-29", expulsion, report);

        // then the expulsion is already in the report: it does not reduce the level further
        assertThat(state.staffOf(RU).total()).hasValue(455);
        assertThat(state.staffOf(RU).changesSinceReport()).isZero();
    }

    @Test
    void an_accreditation_on_the_day_of_a_report_is_already_in_it() {
        Entry report = entry("us-reports").by(US).on("2025-04-10").does(reported(150));
        Entry accreditation = entry("ru-accredits").by(RU).on("2025-04-10").does(accredited(20));

        assertThat(stateAsOf("2025-04-10", report, accreditation).staffOf(US).total()).hasValue(150);
        assertThat(stateAsOf("2025-04-10", accreditation, report).staffOf(US).total()).hasValue(150);
    }

    @Test
    void a_report_of_month_precision_applies_before_the_day_precise_entries_of_its_first_day() {
        // "2017-09" counts from 2017-09-01 and sorts before that day's day-precise entries (Projector Javadoc)
        Entry report = entry("us-reports").by(US).on("2017-09").does(reported(455));
        Entry expulsion = entry("ru-expels").by(RU).on("2017-09-01").does(expelled(5));

        RelationsState state = stateAsOf("2017-09-01", expulsion, report);

        assertThat(state.staffOf(US).total()).hasValue(450);
        assertThat(state.staffOf(US).reportedOn()).contains(HistoricalDate.parse("2017-09"));
    }

    @Test
    void a_later_report_of_the_same_day_wins() {
        Entry early = entry("ru-reports-a").by(RU).on("2025-01-01").recordedAt("2025-01-02T00:00:00Z")
                .does(reported(100));
        Entry late = entry("ru-reports-b").by(RU).on("2025-01-01").recordedAt("2025-01-03T00:00:00Z")
                .does(reported(120));

        assertThat(stateAsOf("2025-01-01", late, early).staffOf(RU).total()).hasValue(120);
    }

    @Test
    void both_parties_have_a_staff_state_even_without_entries() {
        RelationsState state = stateAsOf("2025-01-01");

        assertThat(state.staff()).extracting(StaffState::sending).containsExactly(US, RU);
        assertThat(state.staffOf(US).level()).isEqualTo(Optional.empty());
        assertThat(state.entriesApplied()).isZero();
    }
}
