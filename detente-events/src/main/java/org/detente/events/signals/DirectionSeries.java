package org.detente.events.signals;

import java.util.List;
import java.util.Objects;
import org.detente.model.Country;

/** The monthly signals of one direction ({@code actor} acting on {@code target}), one per month, in order. */
public record DirectionSeries(Country actor, Country target, List<MonthlySignal> months) {
    public DirectionSeries {
        Objects.requireNonNull(actor, "actor is required");
        Objects.requireNonNull(target, "target is required");
        months = List.copyOf(months);
    }

    public long events() {
        return months.stream().mapToLong(MonthlySignal::events).sum();
    }
}
