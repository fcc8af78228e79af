package org.detente.events.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalDouble;
import org.detente.events.reciprocity.PairReciprocity;
import org.detente.events.reciprocity.ReciprocityCalculator;
import org.junit.jupiter.api.Test;

class SerializedReciprocityTest {
    @Test
    void a_pair_with_present_and_absent_statistics_survives_java_serialization_unchanged() throws Exception {
        // RU answers US a month later; FR and DE never act, so their statistics are absent
        long[] usEvents = {2, 1, 3, 0, 4, 1};
        long[] usTenths = {-20, 10, -30, 0, 40, -10};
        long[] ruEvents = {0, 2, 1, 3, 0, 4};
        long[] ruTenths = {0, -20, 10, -30, 0, 40};
        List<PairReciprocity> both = ReciprocityCalculator.bothDirections("RU", "US", ruEvents, ruTenths, usEvents,
                usTenths);
        PairReciprocity silent = ReciprocityCalculator.compute("FR", "DE", new long[6], new long[6], new long[6],
                new long[6]);
        assertThat(silent.bestCorrelation()).isEmpty();
        assertThat(silent.responseShare()).isEmpty();
        assertThat(both.get(1).bestCorrelation()).isPresent();

        for (PairReciprocity pair : List.of(both.get(0), both.get(1), silent)) {
            assertThat(JavaSerialization.roundTrip(SerializedReciprocity.of(pair)).pairReciprocity()).isEqualTo(pair);
        }
    }

    @Test
    void a_present_statistic_that_is_not_a_number_is_refused_since_nan_stands_for_absent() {
        PairReciprocity odd = new PairReciprocity("RU", "US", 1, 1, 0, List.of(OptionalDouble.of(Double.NaN)), 0,
                OptionalDouble.empty(), 1, 0, OptionalDouble.of(0), OptionalDouble.of(0));
        assertThatThrownBy(() -> SerializedReciprocity.of(odd))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
    }
}
