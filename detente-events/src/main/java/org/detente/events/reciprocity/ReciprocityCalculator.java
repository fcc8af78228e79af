package org.detente.events.reciprocity;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The statistics of one directed pair from its two monthly series over a period (index 0 = the
 * period's first month). Pure arithmetic on whole numbers of events and tenths of Goldstein
 * points, summed in one fixed order, so every engine that feeds it the same aggregates gets the
 * same doubles.
 */
public final class ReciprocityCalculator {
    /** The lags tried, in months: 0..{@value}. */
    public static final int MAX_LAG = 3;
    /** The fewest overlapping months a correlation is computed on. */
    public static final int MIN_OVERLAP = 3;

    private ReciprocityCalculator() {
    }

    /**
     * @param forwardEvents   actor→responder events per month
     * @param forwardTenths   their Goldstein sums in tenths
     * @param backwardEvents  responder→actor events per month
     * @param backwardTenths  their Goldstein sums in tenths
     */
    public static PairReciprocity compute(String actor, String responder, long[] forwardEvents, long[] forwardTenths,
                                          long[] backwardEvents, long[] backwardTenths) {
        int months = forwardEvents.length;
        if (forwardTenths.length != months || backwardEvents.length != months || backwardTenths.length != months) {
            throw new IllegalArgumentException("the four series must have the same number of months");
        }
        List<OptionalDouble> byLag = new ArrayList<>(MAX_LAG + 1);
        int bestLag = 0;
        OptionalDouble best = OptionalDouble.empty();
        for (int lag = 0; lag <= MAX_LAG; lag++) {
            OptionalDouble r = laggedCorrelation(forwardTenths, backwardTenths, lag);
            byLag.add(r);
            if (r.isPresent() && (best.isEmpty() || r.getAsDouble() > best.getAsDouble())) {
                best = r;
                bestLag = lag;
            }
        }
        long events = 0;
        long responses = 0;
        int active = 0;
        int responded = 0;
        double ratioSum = 0;
        for (int t = 0; t < months; t++) {
            events += forwardEvents[t];
            responses += backwardEvents[t];
            if (forwardEvents[t] > 0) {
                active++;
                ratioSum += (double) backwardEvents[t] / forwardEvents[t];
                if (backwardEvents[t] > 0) {
                    responded++;
                }
            }
        }
        OptionalDouble share = active == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) responded / active);
        OptionalDouble ratio = active == 0 ? OptionalDouble.empty() : OptionalDouble.of(ratioSum / active);
        return new PairReciprocity(actor, responder, months, events, responses, byLag, bestLag, best, active,
                responded, share, ratio);
    }

    /**
     * Both directions of the pair {@code low}–{@code high} ({@code low} the smaller code): low→high
     * first, then high→low, the order {@link PairMonthSource#reciprocity} hands them in.
     */
    public static List<PairReciprocity> bothDirections(String low, String high, long[] lowEvents, long[] lowTenths,
                                                       long[] highEvents, long[] highTenths) {
        if (low.compareTo(high) >= 0) {
            throw new IllegalArgumentException("the pair's codes must be in order, got " + low + " and " + high);
        }
        return List.of(compute(low, high, lowEvents, lowTenths, highEvents, highTenths),
                compute(high, low, highEvents, highTenths, lowEvents, lowTenths));
    }

    /** Pearson correlation of x[t] and y[t + lag] over t = 0 .. n-1-lag. */
    static OptionalDouble laggedCorrelation(long[] x, long[] y, int lag) {
        int n = x.length - lag;
        if (n < MIN_OVERLAP) {
            return OptionalDouble.empty();
        }
        double sx = 0;
        double sy = 0;
        for (int t = 0; t < n; t++) {
            sx += x[t];
            sy += y[t + lag];
        }
        double mx = sx / n;
        double my = sy / n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int t = 0; t < n; t++) {
            double dx = x[t] - mx;
            double dy = y[t + lag] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        if (sxx == 0 || syy == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(sxy / Math.sqrt(sxx * syy));
    }
}
