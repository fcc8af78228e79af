package org.detente.events.signals;

import java.time.YearMonth;
import java.util.Objects;
import org.detente.model.Dyad;

/**
 * Both directions of a dyad month by month from {@code from} to {@code to} inclusive:
 * {@code forward} is the dyad's first country acting on the second, {@code backward} the reverse.
 */
public record DyadSeries(Dyad dyad, YearMonth from, YearMonth to, DirectionSeries forward, DirectionSeries backward) {
    public DyadSeries {
        Objects.requireNonNull(dyad, "dyad is required");
        Objects.requireNonNull(from, "from is required");
        Objects.requireNonNull(to, "to is required");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        Objects.requireNonNull(forward, "forward is required");
        Objects.requireNonNull(backward, "backward is required");
    }
}
