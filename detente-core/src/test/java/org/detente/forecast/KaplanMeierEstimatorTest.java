package org.detente.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The product-limit estimate on small cases worked out by hand. */
class KaplanMeierEstimatorTest {

    @Test
    void censored_durations_leave_the_risk_set_without_lowering_the_curve() {
        // met at 1; open at 2; met twice at 3; open at 4; met at 5.
        // S(1) = 5/6; at 3 four are at risk, two met: S = 5/6 · 2/4 = 5/12; at 5 one at risk, met: S = 0.
        SurvivalCurve curve = new KaplanMeierEstimator(List.of(Observation.met(3), Observation.open(2), Observation.met(1),
                Observation.met(5), Observation.met(3), Observation.open(4))).estimate();

        assertThat(curve.steps()).extracting(SurvivalCurve.Step::time).containsExactly(1.0, 3.0, 5.0);
        assertThat(curve.steps()).extracting(SurvivalCurve.Step::atRisk).containsExactly(6, 4, 1);
        assertThat(curve.survivalAt(0.5)).isEqualTo(1.0);
        assertThat(curve.survivalAt(2.5)).isCloseTo(5.0 / 6, within(1e-12));
        assertThat(curve.survivalAt(3)).isCloseTo(5.0 / 12, within(1e-12));
        assertThat(curve.survivalAt(5)).isEqualTo(0.0);
        assertThat(curve.events()).isEqualTo(4);
        assertThat(curve.observations()).isEqualTo(6);
    }

    @Test
    void the_median_is_the_first_time_half_are_met_and_conditioning_divides_by_the_survival_so_far() {
        SurvivalCurve curve = new KaplanMeierEstimator(List.of(Observation.met(1), Observation.open(2), Observation.met(3),
                Observation.met(3), Observation.open(4), Observation.met(5))).estimate();

        assertThat(curve.quantile(0.1).getAsDouble()).isEqualTo(1.0);   // 1/6 met by 1
        assertThat(curve.quantile(0.5).getAsDouble()).isEqualTo(3.0);   // 7/12 met by 3
        // Still open after 2: 1 − S(3.5) / S(2) = 1 − (5/12) / (5/6) = 1/2.
        assertThat(curve.metWithinGivenOpen(2, 1.5).getAsDouble()).isCloseTo(0.5, within(1e-12));
        assertThat(curve.metWithinGivenOpen(5, 1)).as("every duration ended by 5").isEmpty();
    }

    @Test
    void at_a_tie_the_event_comes_first_so_the_censored_one_is_still_at_risk() {
        // met at 2 and open at 2, met at 4: at 2 three are at risk (S = 2/3), at 4 one (S = 0).
        SurvivalCurve curve = new KaplanMeierEstimator(List.of(Observation.open(2), Observation.met(2), Observation.met(4)))
                .estimate();

        assertThat(curve.steps()).extracting(SurvivalCurve.Step::atRisk).containsExactly(3, 1);
        assertThat(curve.survivalAt(2)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(curve.survivalAt(4)).isEqualTo(0.0);
    }

    @Test
    void with_every_duration_censored_nothing_is_met_and_no_quantile_exists() {
        SurvivalCurve curve = new KaplanMeierEstimator(List.of(Observation.open(100), Observation.open(300))).estimate();

        assertThat(curve.steps()).isEmpty();
        assertThat(curve.survivalAt(1000)).isEqualTo(1.0);
        assertThat(curve.quantile(0.5)).isEmpty();
        assertThat(curve.observedUpTo()).isEqualTo(300.0);
    }

    @Test
    void without_censoring_it_is_the_empirical_distribution() {
        SurvivalCurve curve = new KaplanMeierEstimator(List.of(Observation.met(10), Observation.met(20),
                Observation.met(30), Observation.met(40))).estimate();

        assertThat(curve.metWithin(25)).isCloseTo(0.5, within(1e-12));
        assertThat(curve.quantile(0.75).getAsDouble()).isEqualTo(30.0);
    }
}
