package org.detente.simulation.calibration;

import java.time.YearMonth;
import java.util.Objects;

/**
 * What a forecast simulates: {@code months} calendar months from {@code start} (the first month
 * simulated), {@code runs} independent runs, every draw derived from {@code seed}. Invariants: 1 to
 * 1200 months; 1 to 10,000,000 runs.
 *
 * @param start  the first month simulated
 * @param months how many months
 * @param runs   how many runs
 * @param seed   the seed every run's seed derives from
 */
public record ForecastSettings(YearMonth start, int months, int runs, long seed) {

    /** The most months a forecast simulates: a century. */
    public static final int MAX_MONTHS = 1200;
    /** The most runs a forecast makes. */
    public static final int MAX_RUNS = 10_000_000;

    /** Checks the invariants stated above. */
    public ForecastSettings {
        Objects.requireNonNull(start, "start is required");
        if (months < 1 || months > MAX_MONTHS) {
            throw new IllegalArgumentException("months must be between 1 and " + MAX_MONTHS + ", got " + months);
        }
        if (runs < 1 || runs > MAX_RUNS) {
            throw new IllegalArgumentException("runs must be between 1 and " + MAX_RUNS + ", got " + runs);
        }
    }

    /** The last month simulated. */
    public YearMonth end() {
        return start.plusMonths(months - 1L);
    }
}
