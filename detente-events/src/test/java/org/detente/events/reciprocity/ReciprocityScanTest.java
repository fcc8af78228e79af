package org.detente.events.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.detente.events.signals.MonthRange;
import org.junit.jupiter.api.Test;

class ReciprocityScanTest {
    private static final MonthRange PERIOD = new MonthRange(YearMonth.of(2020, 1), YearMonth.of(2020, 6));

    /** An engine over a fixed list of aggregates, already in the contract's order. */
    private static class ListedAggregates implements PairMonthSource {
        private final List<PairMonth> rows;

        ListedAggregates(List<PairMonth> rows) {
            this.rows = rows;
        }

        @Override
        public void forEachPairMonth(MonthRange period, Consumer<PairMonth> sink) {
            rows.forEach(sink);
        }

        @Override
        public Optional<MonthRange> span() {
            return Optional.of(PERIOD);
        }
    }

    private static PairMonth row(String actor, String target, YearMonth month, long events, long tenths) {
        return new PairMonth(actor, target, MonthRange.index(month), events, tenths);
    }

    @Test
    void the_default_engine_streams_each_pair_into_its_two_directions_in_the_order_of_the_unordered_pairs() {
        YearMonth jan = YearMonth.of(2020, 1);
        List<PairMonth> rows = List.of(
                row("CN", "IN", jan, 2, 10), row("IN", "CN", jan.plusMonths(2), 1, -30),
                row("RU", "US", jan, 4, -40), row("RU", "US", jan.plusMonths(5), 1, 20),
                row("US", "RU", jan.plusMonths(1), 3, -15));

        List<PairReciprocity> pairs = new ListedAggregates(rows).reciprocity(PERIOD);

        assertThat(pairs).extracting(PairReciprocity::direction).containsExactly("CN→IN", "IN→CN", "RU→US", "US→RU");
        long[] ruEvents = {4, 0, 0, 0, 0, 1};
        long[] ruTenths = {-40, 0, 0, 0, 0, 20};
        long[] usEvents = {0, 3, 0, 0, 0, 0};
        long[] usTenths = {0, -15, 0, 0, 0, 0};
        assertThat(pairs.subList(2, 4))
                .isEqualTo(ReciprocityCalculator.bothDirections("RU", "US", ruEvents, ruTenths, usEvents, usTenths));
        assertThat(pairs.get(2).events()).isEqualTo(5);
        assertThat(pairs.get(2).responses()).isEqualTo(3);
    }

    @Test
    void an_aggregate_outside_the_period_is_an_engine_error() {
        PairMonthSource engine = new ListedAggregates(List.of(row("RU", "US", YearMonth.of(2021, 1), 1, 10)));

        assertThatThrownBy(() -> new ReciprocityScan(engine).scan(PERIOD))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("outside the period");
    }

    @Test
    void an_engine_whose_directions_do_not_come_in_twos_is_refused_rather_than_ranked_wrongly() {
        PairMonthSource engine = new ListedAggregates(List.of()) {
            @Override
            public List<PairReciprocity> reciprocity(MonthRange period) {
                List<PairReciprocity> both = ReciprocityCalculator.bothDirections("RU", "US", new long[6], new long[6],
                        new long[6], new long[6]);
                return List.of(both.get(0), both.get(0));
            }
        };

        assertThatThrownBy(() -> new ReciprocityScan(engine).scan(PERIOD))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not in twos at index 0");
    }

    @Test
    void both_directions_need_the_pair_in_order() {
        assertThatThrownBy(() -> ReciprocityCalculator.bothDirections("US", "RU", new long[1], new long[1], new long[1],
                new long[1])).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("US and RU");
    }
}
