package org.detente.simulation.calibration;

import java.util.Objects;
import org.detente.model.Country;

/**
 * How one side of a dyad has behaved, as estimated from the ledger by {@link ReactionCalibration}:
 * how it answered the other side's punitive measures ({@code punitive}) and conciliatory ones
 * ({@code conciliatory}), how often it acted unprompted ({@code initiatives}), and the mean
 * Goldstein weight of its punitive and conciliatory measures (what one simulated move of each kind
 * adds to the escalation index). Invariant: the punitive weight is at most 0 and the conciliatory
 * weight at least 0.
 *
 * @param side               the country
 * @param punitive           its answers in kind to the other side's punitive measures
 * @param conciliatory       its answers in kind to the other side's conciliatory measures
 * @param initiatives        its unprompted measures, by month
 * @param punitiveWeight     the mean Goldstein weight of its punitive measures
 * @param conciliatoryWeight the mean Goldstein weight of its conciliatory measures
 */
public record ReactionProfile(Country side, Reaction punitive, Reaction conciliatory, Initiatives initiatives,
                              double punitiveWeight, double conciliatoryWeight) {

    private static final double DAYS_PER_MONTH = 365.2425 / 12;

    /** Checks the invariants stated above. */
    public ReactionProfile {
        Objects.requireNonNull(side, "side is required");
        Objects.requireNonNull(punitive, "punitive is required");
        Objects.requireNonNull(conciliatory, "conciliatory is required");
        Objects.requireNonNull(initiatives, "initiatives is required");
        if (!(punitiveWeight <= 0 && punitiveWeight >= -10) || !(conciliatoryWeight >= 0 && conciliatoryWeight <= 10)) {
            throw new IllegalArgumentException("punitiveWeight must lie in [-10, 0] and conciliatoryWeight in [0, 10], got "
                    + punitiveWeight + " and " + conciliatoryWeight);
        }
    }

    /**
     * The delay, in whole months and at least one, after which the forecast lets this side answer:
     * the median lag of all its answers (punitive and conciliatory pooled, weighted by their
     * counts), rounded to months; 1 when it never answered.
     */
    public int lagMonths() {
        int n = punitive.answered() + conciliatory.answered();
        if (n == 0) {
            return 1;
        }
        double days = (punitive.medianLagDays().orElse(0) * punitive.answered()
                + conciliatory.medianLagDays().orElse(0) * conciliatory.answered()) / n;
        return Math.max(1, (int) Math.round(days / DAYS_PER_MONTH));
    }
}
