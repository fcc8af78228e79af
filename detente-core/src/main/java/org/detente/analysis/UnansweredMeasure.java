package org.detente.analysis;

import java.util.Objects;
import org.detente.ledger.Entry;

/**
 * A measure that no measure of the other side answered. {@code itselfAResponse} tells a measure
 * that was the last word in an exchange (it answered something and was not answered) from an
 * initiative left without reply.
 */
public record UnansweredMeasure(Entry measure, boolean itselfAResponse) {
    public UnansweredMeasure {
        Objects.requireNonNull(measure, "measure is required");
    }
}
