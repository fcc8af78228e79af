package org.detente.events.reciprocity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ReciprocityCalculatorTest {
    @Test
    void a_responder_that_mirrors_the_actor_two_months_later_has_its_best_correlation_at_lag_two() {
        long[] x = {10, -20, 30, 5, -40, 25, 0, 15, -10, 35};
        long[] y = new long[x.length];
        for (int t = 2; t < x.length; t++) {
            y[t] = x[t - 2] * 3;
        }
        long[] ones = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
        PairReciprocity p = ReciprocityCalculator.compute("US", "RU", ones, x, ones, y);
        assertThat(p.bestLag()).isEqualTo(2);
        assertThat(p.bestCorrelation().getAsDouble()).isCloseTo(1.0, within(1e-12));
        assertThat(p.correlationByLag()).hasSize(4);
    }

    @Test
    void response_share_and_ratio_count_months_in_which_the_actor_acted() {
        long[] forward = {2, 0, 4, 1};
        long[] backward = {1, 3, 0, 2};
        long[] zeros = new long[4];
        PairReciprocity p = ReciprocityCalculator.compute("US", "RU", forward, zeros, backward, zeros);
        assertThat(p.activeMonths()).isEqualTo(3);
        assertThat(p.respondedMonths()).isEqualTo(2);
        assertThat(p.responseShare()).hasValue(2.0 / 3);
        assertThat(p.meanResponseRatio()).hasValue((0.5 + 0 + 2.0) / 3);
        assertThat(p.events()).isEqualTo(7);
        assertThat(p.responses()).isEqualTo(6);
    }

    @Test
    void a_constant_series_has_no_correlation_and_no_best_lag() {
        long[] flat = {5, 5, 5, 5, 5};
        long[] moving = {1, 2, 3, 4, 5};
        PairReciprocity p = ReciprocityCalculator.compute("US", "RU", flat, flat, moving, moving);
        assertThat(p.bestCorrelation()).isEmpty();
        assertThat(p.bestLag()).isZero();
    }

    @Test
    void a_lag_that_leaves_fewer_than_three_overlapping_months_has_no_correlation() {
        long[] x = {1, 2, 3, 4};
        PairReciprocity p = ReciprocityCalculator.compute("US", "RU", x, x, x, x);
        assertThat(p.correlationByLag().get(1)).isPresent();
        assertThat(p.correlationByLag().get(2)).isEmpty();
        assertThat(p.correlationByLag().get(3)).isEmpty();
    }
}
