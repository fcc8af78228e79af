package org.detente.forecast;

/**
 * The general parameters of a forecast, the same for every case (no per-case tuning).
 *
 * @param months     the horizon, from the month after the date asked for
 * @param runs       runs of the dyad's own simulation
 * @param seed       seed of every draw
 * @param windowDays days within which an answer counts, for the calibration
 */
public record ForecastRules(int months, int runs, long seed, int windowDays) {
    /** 24 months, 10,000 runs, seed 1, a 90-day window: the defaults of {@code simulate forecast}. */
    public static final ForecastRules DEFAULTS = new ForecastRules(24, 10_000, 1, 90);

    public ForecastRules {
        if (months < 1 || runs < 1 || windowDays < 1) {
            throw new IllegalArgumentException("months, runs and windowDays must be at least 1, got "
                    + months + ", " + runs + ", " + windowDays);
        }
    }
}
