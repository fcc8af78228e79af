package org.detente.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalDouble;
import org.detente.model.DatePrecision;
import org.junit.jupiter.api.Test;

/** Applications a month from any figure a source gives. */
class ConsularDemandTest {
    private static final OptionalDouble NONE = OptionalDouble.empty();

    @Test
    void applications_a_month_given_as_such_are_taken_as_they_are() {
        ConsularDemand demand = new ConsularDemand(DatePrecision.YEAR, OptionalDouble.of(900), OptionalDouble.of(1),
                OptionalDouble.of(1), OptionalDouble.of(1));

        assertThat(demand.applicationsPerMonth(0.2)).isEqualTo(900);
    }

    @Test
    void applications_over_a_year_are_spread_over_twelve_months_and_over_a_month_count_as_one() {
        assertThat(new ConsularDemand(DatePrecision.YEAR, NONE, OptionalDouble.of(12_000), NONE, NONE)
                .applicationsPerMonth(0.2)).isEqualTo(1_000);
        assertThat(new ConsularDemand(DatePrecision.MONTH, NONE, OptionalDouble.of(700), NONE, NONE)
                .applicationsPerMonth(0.2)).isEqualTo(700);
        assertThat(new ConsularDemand(DatePrecision.DAY, NONE, OptionalDouble.of(70), NONE, NONE)
                .applicationsPerMonth(0.2)).isEqualTo(70);
    }

    @Test
    void issuances_count_the_refused_applications_too() {
        assertThat(new ConsularDemand(DatePrecision.MONTH, NONE, NONE, OptionalDouble.of(800), NONE)
                .applicationsPerMonth(0.2)).isCloseTo(1_000, within(1e-9));
        assertThat(new ConsularDemand(DatePrecision.YEAR, NONE, NONE, NONE, OptionalDouble.of(9_600))
                .applicationsPerMonth(0.2)).isCloseTo(1_000, within(1e-9));
    }

    @Test
    void without_any_figure_there_is_no_demand() {
        assertThat(new ConsularDemand(DatePrecision.YEAR, NONE, NONE, NONE, NONE).applicationsPerMonth(0.2)).isZero();
    }

    @Test
    void a_refusal_rate_of_one_or_more_is_refused() {
        ConsularDemand demand = new ConsularDemand(DatePrecision.MONTH, NONE, NONE, OptionalDouble.of(800), NONE);

        assertThatThrownBy(() -> demand.applicationsPerMonth(1)).isInstanceOf(IllegalArgumentException.class);
    }
}
