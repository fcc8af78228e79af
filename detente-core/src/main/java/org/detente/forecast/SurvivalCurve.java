package org.detente.forecast;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A Kaplan–Meier survival curve: the share of goals still open after a duration. A step function,
 * right-continuous, 1 before the first event; after the longest duration observed it is not known
 * and is held at its last value (what was seen; no extrapolation), which {@link #observedUpTo()} says.
 *
 * @param steps        one per distinct event time, in increasing time
 * @param observations the durations it rests on
 * @param events       how many of them ended with the goal met
 * @param observedUpTo the longest duration observed (met or censored), in days
 */
public record SurvivalCurve(List<Step> steps, int observations, int events, double observedUpTo) {

    /**
     * One step: at {@code time}, {@code events} of the {@code atRisk} durations still open ended, and
     * the curve fell to {@code survival}.
     */
    public record Step(double time, int atRisk, int events, double survival) {
        public Step {
            if (atRisk < 1 || events < 1 || events > atRisk) {
                throw new IllegalArgumentException("a step needs 1 ≤ events ≤ atRisk, got " + events + " of " + atRisk);
            }
        }
    }

    public SurvivalCurve {
        steps = List.copyOf(Objects.requireNonNull(steps, "steps is required"));
        if (events < 0 || events > observations) {
            throw new IllegalArgumentException("events must lie in [0, observations], got " + events + " of " + observations);
        }
    }

    /** S(t): the estimated share still open after {@code days}. */
    public double survivalAt(double days) {
        double survival = 1.0;
        for (Step step : steps) {
            if (step.time() > days) {
                break;
            }
            survival = step.survival();
        }
        return survival;
    }

    /** 1 − S(t): the estimated share met within {@code days}. */
    public double metWithin(double days) {
        return 1.0 - survivalAt(days);
    }

    /**
     * The estimated share met within {@code days} more, given still open after {@code elapsed}:
     * 1 − S(elapsed + days) / S(elapsed). Empty when S(elapsed) is 0 (every case met it sooner).
     */
    public OptionalDouble metWithinGivenOpen(double elapsed, double days) {
        double open = survivalAt(elapsed);
        if (open <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(1.0 - survivalAt(elapsed + days) / open);
    }

    /** The smallest duration by which the share met reaches {@code q}; empty when it never does. */
    public OptionalDouble quantile(double q) {
        if (!(q > 0 && q < 1)) {
            throw new IllegalArgumentException("q must lie in (0, 1), got " + q);
        }
        for (Step step : steps) {
            if (1.0 - step.survival() >= q - 1e-12) {
                return OptionalDouble.of(step.time());
            }
        }
        return OptionalDouble.empty();
    }
}
