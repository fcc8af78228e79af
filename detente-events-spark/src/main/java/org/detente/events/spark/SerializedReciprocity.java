package org.detente.events.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.detente.events.reciprocity.PairReciprocity;

/**
 * A {@link PairReciprocity} as a task sends it back to the driver: Java serialization does not
 * take {@link OptionalDouble}, so an absent value travels as NaN, which the calculator never gives
 * as a present one (its correlations, shares and ratios are finite).
 */
record SerializedReciprocity(String actor, String responder, int months, long events, long responses,
                             double[] correlationByLag, int bestLag, double bestCorrelation, int activeMonths,
                             int respondedMonths, double responseShare, double meanResponseRatio)
        implements Serializable {

    static SerializedReciprocity of(PairReciprocity pair) {
        double[] byLag = new double[pair.correlationByLag().size()];
        for (int lag = 0; lag < byLag.length; lag++) {
            byLag[lag] = encode(pair.correlationByLag().get(lag));
        }
        return new SerializedReciprocity(pair.actor(), pair.responder(), pair.months(), pair.events(),
                pair.responses(), byLag, pair.bestLag(), encode(pair.bestCorrelation()), pair.activeMonths(),
                pair.respondedMonths(), encode(pair.responseShare()), encode(pair.meanResponseRatio()));
    }

    PairReciprocity pairReciprocity() {
        List<OptionalDouble> byLag = new ArrayList<>(correlationByLag.length);
        for (double r : correlationByLag) {
            byLag.add(decode(r));
        }
        return new PairReciprocity(actor, responder, months, events, responses, byLag, bestLag,
                decode(bestCorrelation), activeMonths, respondedMonths, decode(responseShare),
                decode(meanResponseRatio));
    }

    private static double encode(OptionalDouble value) {
        if (value.isPresent() && Double.isNaN(value.getAsDouble())) {
            throw new IllegalArgumentException("a present statistic is NaN, which stands for an absent one");
        }
        return value.orElse(Double.NaN);
    }

    private static OptionalDouble decode(double value) {
        return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
