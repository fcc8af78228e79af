package org.detente.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.detente.fixtures.LedgerFixtures.accredited;
import static org.detente.fixtures.LedgerFixtures.cap;
import static org.detente.fixtures.LedgerFixtures.entry;
import static org.detente.fixtures.LedgerFixtures.reported;
import static org.detente.fixtures.MissionFixtures.DEFINITION;
import static org.detente.fixtures.MissionFixtures.RU;
import static org.detente.fixtures.MissionFixtures.US;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.detente.ledger.Entry;
import org.detente.model.StaffCategory;
import org.detente.state.Projector;
import org.junit.jupiter.api.Test;

class StaffGapAnalysisTest {

    private static final LocalDate BASELINE = LocalDate.of(2025, 2, 27);

    private static List<StaffGap> gaps(List<Entry> ledger, LocalDate asOf, StaffTarget... targets) {
        return new StaffGapAnalysis(Projector.of(DEFINITION, ledger)::stateAsOf, List.of(targets)).gapsAsOf(asOf);
    }

    @Test
    void the_gap_is_the_target_multiple_of_the_baseline_against_the_current_level() {
        List<Entry> ledger = List.of(
                entry("us-report").by(US).on("2025-02-01").does(reported(10)),
                entry("ru-accredits").by(RU).on("2025-05-01").does(accredited(20)),
                entry("ru-cap").by(RU).on("2025-01-01").does(cap(200)));
        StaffTarget fifteenfold = new StaffTarget(US, BASELINE, 15, Optional.of("15"));

        StaffGap gap = gaps(ledger, LocalDate.of(2025, 6, 1), fifteenfold).get(0);

        assertThat(gap.status()).isEqualTo(GapStatus.OPEN);
        assertThat(gap.baselineLevel()).hasValue(10);
        assertThat(gap.currentLevel()).hasValue(30);
        assertThat(gap.targetLevel()).hasValue(150);
        assertThat(gap.multipleReached().getAsDouble()).isEqualTo(3.0);
        assertThat(gap.multipleStillNeeded().getAsDouble()).isEqualTo(5.0);
        assertThat(gap.shortfall()).hasValue(120);
        assertThat(gap.cap()).hasValue(200);
        assertThat(gap.capHeadroom()).hasValue(170);
        assertThat(gap.capLeavesRoom()).contains(true);
    }

    @Test
    void a_cap_below_the_target_is_reported_as_leaving_no_room() {
        List<Entry> ledger = List.of(
                entry("ru-report").by(RU).on("2025-02-01").does(reported(4)),
                entry("us-cap").by(US).on("2025-01-01").does(cap(50)));
        StaffTarget thirtyfold = new StaffTarget(RU, BASELINE, 25, Optional.of("25–30"));

        StaffGap gap = gaps(ledger, BASELINE, thirtyfold).get(0);

        assertThat(gap.targetLevel()).hasValue(100);
        assertThat(gap.shortfall()).hasValue(96);
        assertThat(gap.capHeadroom()).hasValue(46);
        assertThat(gap.capLeavesRoom()).contains(false);
        assertThat(gap.target().rangeText()).contains("25–30");
    }

    @Test
    void a_level_that_was_never_reported_is_unknown_and_nothing_is_guessed() {
        StaffGap gap = gaps(List.of(), BASELINE, new StaffTarget(RU, BASELINE, 25, Optional.empty())).get(0);

        assertThat(gap.status()).isEqualTo(GapStatus.BASELINE_UNKNOWN);
        assertThat(gap.baselineLevel()).isEmpty();
        assertThat(gap.currentLevel()).isEmpty();
        assertThat(gap.targetLevel()).isEmpty();
        assertThat(gap.shortfall()).isEmpty();
        assertThat(gap.capLeavesRoom()).isEmpty();
    }

    @Test
    void a_category_the_report_did_not_give_stays_unknown_even_when_the_total_is_known() {
        List<Entry> ledger = List.of(entry("ru-report").by(RU).on("2025-02-01").does(reported(150)));
        StaffTarget diplomats = new StaffTarget(RU, BASELINE, 25, Optional.empty(),
                Optional.of(StaffCategory.DIPLOMATIC));

        StaffGap gap = gaps(ledger, BASELINE, diplomats).get(0);

        assertThat(gap.status()).isEqualTo(GapStatus.BASELINE_UNKNOWN);
    }

    @Test
    void a_target_reached_is_met_with_no_shortfall() {
        List<Entry> ledger = List.of(
                entry("us-report").by(US).on("2025-02-01").does(reported(10)),
                entry("us-report-later").by(US).on("2026-02-01").does(reported(25)));

        StaffGap gap = gaps(ledger, LocalDate.of(2026, 3, 1), new StaffTarget(US, BASELINE, 2, Optional.empty()))
                .get(0);

        assertThat(gap.status()).isEqualTo(GapStatus.MET);
        assertThat(gap.shortfall()).hasValue(0);
        assertThat(gap.multipleStillNeeded().getAsDouble()).isEqualTo(1.0);
    }

    @Test
    void a_multiple_of_zero_staff_is_no_target() {
        List<Entry> ledger = List.of(entry("us-report").by(US).on("2025-02-01").does(reported(0)));

        StaffGap gap = gaps(ledger, BASELINE, new StaffTarget(US, BASELINE, 15, Optional.empty())).get(0);

        assertThat(gap.status()).isEqualTo(GapStatus.BASELINE_ZERO);
        assertThat(gap.targetLevel()).isEmpty();
    }
}
