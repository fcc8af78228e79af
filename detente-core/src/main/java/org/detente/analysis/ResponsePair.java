package org.detente.analysis;

import java.util.Objects;
import org.detente.ledger.Entry;
import org.detente.model.DatePrecision;

/**
 * A measure and the response of the other side: the ratio of their magnitudes (60 expelled for 60
 * expelled is 1.0; for measures other than staff measures both magnitudes are 1), the lag in days
 * between the days they occurred on, and whether that lag is {@code approximate} because either
 * date is known only to the month or year (such a date counts from the first day of its period).
 */
public record ResponsePair(Entry measure, Entry response, PairingBasis basis, double magnitudeRatio, long lagDays,
                           boolean approximate) {
    public ResponsePair {
        Objects.requireNonNull(measure, "measure is required");
        Objects.requireNonNull(response, "response is required");
        Objects.requireNonNull(basis, "basis is required");
        if (measure.actor().equals(response.actor())) {
            throw new IllegalArgumentException("a response comes from the other side: " + measure.id() + " and "
                    + response.id() + " are both by " + measure.actor());
        }
        if (lagDays < 0) {
            throw new IllegalArgumentException("lagDays must not be negative (a response cannot come first), got "
                    + lagDays + " for " + response.id());
        }
        if (!(magnitudeRatio > 0) || Double.isInfinite(magnitudeRatio)) {
            throw new IllegalArgumentException("magnitudeRatio must be a positive number, got " + magnitudeRatio);
        }
    }

    /** The pair of {@code measure} and {@code response}, with ratio, lag and precision computed from them. */
    static ResponsePair of(Entry measure, Entry response, PairingBasis basis) {
        long lag = response.occurredOn().date().toEpochDay() - measure.occurredOn().date().toEpochDay();
        boolean approximate = measure.occurredOn().precision() != DatePrecision.DAY
                || response.occurredOn().precision() != DatePrecision.DAY;
        double ratio = (double) response.measure().magnitude() / measure.measure().magnitude();
        return new ResponsePair(measure, response, basis, ratio, lag, approximate);
    }

    /** Whether both measures are of the same category (always so for inferred pairs). */
    public boolean sameCategory() {
        return measure.type().category() == response.type().category();
    }
}
