package org.detente.forecast;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The product-limit estimate of a survival function from right-censored durations (E. L. Kaplan
 * and P. Meier, "Nonparametric estimation from incomplete observations", JASA 53, 1958):
 * S(t) = ∏ over event times tᵢ ≤ t of (1 − dᵢ / nᵢ), with dᵢ the events at tᵢ and nᵢ the durations
 * still at risk just before tᵢ. A censored duration counts as at risk up to and including its time,
 * so at a tie the events happen first (the usual convention). Built from its input, answering
 * {@link #estimate()}; O(n log n). Immutable.
 */
public final class KaplanMeierEstimator {
    private final List<Observation> observations;

    /** An estimator over {@code observations} (may be empty: the curve is then 1 and says no one was observed). */
    public KaplanMeierEstimator(Collection<Observation> observations) {
        Objects.requireNonNull(observations, "observations is required");
        List<Observation> sorted = new ArrayList<>(observations);
        sorted.forEach(o -> Objects.requireNonNull(o, "observations must not contain null"));
        sorted.sort(Comparator.comparingDouble(Observation::time).thenComparing(o -> !o.event()));
        this.observations = List.copyOf(sorted);
    }

    /** The survival curve: one step per distinct event time, and the censored durations it saw. */
    public SurvivalCurve estimate() {
        List<SurvivalCurve.Step> steps = new ArrayList<>();
        int n = observations.size();
        int atRisk = n;
        double survival = 1.0;
        int i = 0;
        int events = 0;
        while (i < n) {
            double time = observations.get(i).time();
            int dead = 0;
            int censored = 0;
            while (i < n && observations.get(i).time() == time) {
                if (observations.get(i).event()) {
                    dead++;
                } else {
                    censored++;
                }
                i++;
            }
            if (dead > 0) {
                survival *= 1.0 - (double) dead / atRisk;
                steps.add(new SurvivalCurve.Step(time, atRisk, dead, survival));
                events += dead;
            }
            atRisk -= dead + censored;
        }
        double lastTime = n == 0 ? 0 : observations.get(n - 1).time();
        return new SurvivalCurve(steps, n, events, lastTime);
    }
}
