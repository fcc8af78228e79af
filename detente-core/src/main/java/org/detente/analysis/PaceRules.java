package org.detente.analysis;

/**
 * The settings of the pace forecast: the fewest goals met since talks began under which the
 * analysis declines to forecast ({@code minimumGoalsMet}, at least 1; 2 by default) and the
 * probability the forecast interval covers ({@code intervalLevel}, in (0, 1); 0.8 by default).
 */
public record PaceRules(int minimumGoalsMet, double intervalLevel) {
    /** At least two goals met; an 80% interval. */
    public static final PaceRules DEFAULT = new PaceRules(2, 0.8);

    public PaceRules {
        if (minimumGoalsMet < 1) {
            throw new IllegalArgumentException("minimumGoalsMet must be at least 1 (no rate comes from zero events), got "
                    + minimumGoalsMet);
        }
        if (!(intervalLevel > 0 && intervalLevel < 1)) {
            throw new IllegalArgumentException("intervalLevel must lie in (0, 1), got " + intervalLevel);
        }
    }
}
