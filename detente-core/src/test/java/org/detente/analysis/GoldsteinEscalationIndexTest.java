package org.detente.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.detente.fixtures.LedgerFixtures.entry;
import static org.detente.fixtures.LedgerFixtures.expelled;
import static org.detente.fixtures.LedgerFixtures.reported;
import static org.detente.fixtures.LedgerFixtures.retraction;
import static org.detente.fixtures.LedgerFixtures.talks;
import static org.detente.fixtures.MissionFixtures.RU;
import static org.detente.fixtures.MissionFixtures.US;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.YearMonth;
import java.util.List;
import org.detente.fixtures.GeneratedLedgers;
import org.detente.ledger.Entry;
import org.junit.jupiter.api.Test;

class GoldsteinEscalationIndexTest {

    @Test
    void each_side_sums_its_weights_per_month_and_the_net_and_running_totals_add_up() {
        List<Entry> ledger = List.of(
                entry("us-expels").by(US).on("2018-03-26").does(expelled(60)),              // -5.0
                entry("ru-expels").by(RU).on("2018-03-29").does(expelled(60)),              // -5.0
                entry("ru-report").by(RU).on("2018-03-30").does(reported(400)),             // no CAMEO equivalent
                entry("talks").by(US).on("2018-05-02").does(talks("Istanbul")),              // +7.0
                entry("us-wrong").by(US).on("2018-05-03").does(expelled(2)),
                entry("us-fix").by(US).on("2018-05-04").does(retraction("us-wrong")));

        List<MonthlyEscalation> months = new GoldsteinEscalationIndex(ledger).monthly();

        assertThat(months).extracting(MonthlyEscalation::month)
                .containsExactly(YearMonth.of(2018, 3), YearMonth.of(2018, 4), YearMonth.of(2018, 5));
        MonthlyEscalation march = months.get(0);
        assertThat(march.side(US).month()).isEqualTo(-5.0);
        assertThat(march.side(RU).month()).isEqualTo(-5.0);
        assertThat(march.side(RU).events()).isEqualTo(1);
        assertThat(march.net()).isEqualTo(-10.0);
        assertThat(months.get(1).net()).isZero();
        assertThat(months.get(1).cumulativeNet()).isEqualTo(-10.0);
        MonthlyEscalation may = months.get(2);
        assertThat(may.side(US).month()).isEqualTo(7.0);
        assertThat(may.side(US).cumulative()).isEqualTo(2.0);
        assertThat(may.side(RU).cumulative()).isEqualTo(-5.0);
        assertThat(may.cumulativeNet()).isEqualTo(-3.0);
    }

    @Test
    void an_empty_ledger_has_no_months() {
        assertThat(new GoldsteinEscalationIndex(List.of()).monthly()).isEmpty();
    }

    @Test
    void the_last_cumulative_net_is_the_sum_of_the_monthly_nets_and_of_both_sides() {
        qt().withExamples(100).forAll(longs().all(), integers().between(0, 300))
                .checkAssert(GoldsteinEscalationIndexTest::the_last_cumulative_net_is_the_sum_of_the_monthly_nets_and_of_both_sides);
    }

    private static void the_last_cumulative_net_is_the_sum_of_the_monthly_nets_and_of_both_sides(long seed, int size) {
        List<MonthlyEscalation> months = new GoldsteinEscalationIndex(GeneratedLedgers.random(seed, size, 1500))
                .monthly();

        double sum = 0;
        for (int i = 0; i < months.size(); i++) {
            MonthlyEscalation m = months.get(i);
            sum += m.net();
            assertThat(m.cumulativeNet()).isCloseTo(sum, within(1e-9));
            assertThat(m.net()).isCloseTo(m.side(US).month() + m.side(RU).month(), within(1e-9));
            assertThat(m.cumulativeNet()).isCloseTo(m.side(US).cumulative() + m.side(RU).cumulative(), within(1e-9));
            if (i > 0) {
                assertThat(m.month()).isEqualTo(months.get(i - 1).month().plusMonths(1));
            }
        }
    }
}
