package org.detente.simulation.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.detente.fixtures.LedgerFixtures.accredited;
import static org.detente.fixtures.LedgerFixtures.entry;
import static org.detente.fixtures.LedgerFixtures.expelled;
import static org.detente.fixtures.LedgerFixtures.retraction;
import static org.detente.fixtures.LedgerFixtures.sanctionImposed;
import static org.detente.fixtures.MissionFixtures.RU;
import static org.detente.fixtures.MissionFixtures.US;
import static org.detente.fixtures.MissionFixtures.US_RU;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.detente.ledger.Entry;
import org.detente.model.HistoricalDate;
import org.detente.model.SanctionTargetKind;
import org.junit.jupiter.api.Test;

/** Estimating reaction profiles: recovery of known probabilities, and the counting rules on small ledgers. */
class ReactionCalibrationTest {

    private static final LocalDate START = LocalDate.of(2000, 1, 1);

    /**
     * Russia takes 10,000 measures 100 days apart, alternately punitive (expelling 3) and
     * conciliatory (accrediting 3); the US answers a punitive one in kind with probability 0.7 by
     * expelling 6, a conciliatory one with probability 0.4 by accrediting 3, 1 to 60 days later.
     * Measures are further apart than the 90-day window, so each answer can only pair with its own.
     */
    @Test
    void calibration_recovers_known_reaction_probabilities_within_three_points_on_10000_synthetic_measures() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(20250410L);
        List<Entry> entries = new ArrayList<>();
        long lagSum = 0;
        int answers = 0;
        for (int i = 0; i < 10_000; i++) {
            LocalDate day = START.plusDays(100L * i);
            boolean punitive = i % 2 == 0;
            entries.add(entry("ru-" + i).by(RU).on(HistoricalDate.ofDay(day)).does(punitive ? expelled(3) : accredited(3)));
            if (rng.nextDouble() < (punitive ? 0.7 : 0.4)) {
                int lag = 1 + rng.nextInt(60);
                lagSum += lag;
                answers++;
                entries.add(entry("us-" + i).by(US).on(HistoricalDate.ofDay(day.plusDays(lag)))
                        .does(punitive ? expelled(6) : accredited(3)));
            }
        }
        CalibrationRules rules = new CalibrationRules(START, START.plusDays(100L * 10_000), 90);

        Calibration calibration = new ReactionCalibration(US_RU, entries, rules).estimate();

        ReactionProfile us = calibration.of(US);
        assertThat(us.punitive().trials()).isEqualTo(5_000);
        assertThat(us.conciliatory().trials()).isEqualTo(5_000);
        assertThat(us.punitive().probability().getAsDouble()).isCloseTo(0.7, within(0.03));
        assertThat(us.conciliatory().probability().getAsDouble()).isCloseTo(0.4, within(0.03));
        assertThat(us.punitive().meanMagnitudeRatio().getAsDouble()).isEqualTo(2.0);
        assertThat(us.conciliatory().meanMagnitudeRatio().getAsDouble()).isEqualTo(1.0);
        double meanLag = (double) lagSum / answers;
        assertThat((us.punitive().meanLagDays().getAsDouble() * us.punitive().answered()
                + us.conciliatory().meanLagDays().getAsDouble() * us.conciliatory().answered()) / answers)
                .isCloseTo(meanLag, within(1e-9));
        assertThat(us.punitive().medianLagDays().getAsDouble()).isCloseTo(30.5, within(3.0));
        assertThat(us.lagMonths()).isEqualTo(1);
        // Russia never answers: every one of its measures is a response-free initiative.
        ReactionProfile ru = calibration.of(RU);
        assertThat(ru.punitive().answered()).isZero();
        assertThat(ru.conciliatory().answered()).isZero();
        assertThat(ru.punitive().probability().getAsDouble()).isZero();
    }

    @Test
    void an_answer_in_kind_within_the_window_counts_with_its_lag_and_magnitude_ratio() {
        List<Entry> entries = List.of(
                entry("ru-expels").by(RU).on("2024-01-10").does(expelled(2)),
                entry("us-expels").by(US).on("2024-01-20").does(expelled(4)));

        Calibration calibration = new ReactionCalibration(US_RU, entries,
                new CalibrationRules(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), 90)).estimate();

        Reaction punitive = calibration.of(US).punitive();
        assertThat(punitive.trials()).isEqualTo(1);
        assertThat(punitive.answered()).isEqualTo(1);
        assertThat(punitive.medianLagDays().getAsDouble()).isEqualTo(10);
        assertThat(punitive.meanMagnitudeRatio().getAsDouble()).isEqualTo(2.0);
        // The US expulsion answered something, so it is no initiative; Russia's was one, in January.
        assertThat(calibration.of(US).initiatives().punitiveMonths()).isZero();
        assertThat(calibration.of(RU).initiatives()).isEqualTo(new Initiatives(12, 1, 0));
        // Expelling weighs -5 on the Goldstein scale (CAMEO 174).
        assertThat(calibration.of(US).punitiveWeight()).isEqualTo(-5.0);
    }

    @Test
    void an_answer_after_the_window_does_not_count_and_a_measure_too_recent_to_answer_is_no_trial() {
        List<Entry> entries = List.of(
                entry("ru-expels").by(RU).on("2024-01-10").does(expelled(2)),
                entry("us-expels-late").by(US).on("2024-06-01").does(expelled(2)),
                entry("ru-sanctions").by(RU).on("2024-12-01").does(sanctionImposed("s-1", SanctionTargetKind.SECTOR)));

        Calibration calibration = new ReactionCalibration(US_RU, entries,
                new CalibrationRules(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), 90)).estimate();

        Reaction punitive = calibration.of(US).punitive();
        assertThat(punitive.trials()).as("the December sanction may still be answered").isEqualTo(1);
        assertThat(punitive.answered()).isZero();
        assertThat(punitive.probability().getAsDouble()).isZero();
        assertThat(punitive.medianLagDays()).isEmpty();
    }

    @Test
    void a_retracted_measure_is_neither_a_trial_nor_an_answer() {
        List<Entry> entries = List.of(
                entry("ru-expels").by(RU).on("2024-01-10").does(expelled(2)),
                entry("us-expels").by(US).on("2024-01-20").does(expelled(2)),
                entry("fix").by(US).on("2024-02-01").does(retraction("ru-expels")));

        Calibration calibration = new ReactionCalibration(US_RU, entries,
                new CalibrationRules(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), 90)).estimate();

        assertThat(calibration.of(US).punitive().trials()).isZero();
        assertThat(calibration.of(US).punitive().probability()).isEmpty();
        assertThat(calibration.of(US).initiatives().punitiveMonths()).isEqualTo(1);
    }

    @Test
    void a_side_with_no_measure_of_a_stance_takes_the_mean_weight_of_that_stance() {
        Calibration calibration = new ReactionCalibration(US_RU, List.of(),
                new CalibrationRules(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), 90)).estimate();

        assertThat(calibration.first().punitiveWeight()).isNegative();
        assertThat(calibration.first().conciliatoryWeight()).isPositive();
        assertThat(calibration.first().lagMonths()).isEqualTo(1);
    }
}
