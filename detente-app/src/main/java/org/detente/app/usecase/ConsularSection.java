package org.detente.app.usecase;

import java.util.Objects;
import org.detente.analysis.ConsularStaffing;

/**
 * A consular section as the question gives it: its staffing (no public source gives the officers,
 * so it is an input), the applications already waiting ({@code backlog}) and the months to look ahead.
 */
public record ConsularSection(ConsularStaffing staffing, double backlog, int horizonMonths) {
    public ConsularSection {
        Objects.requireNonNull(staffing, "staffing is required");
        if (!(backlog >= 0) || Double.isInfinite(backlog)) {
            throw new IllegalArgumentException("backlog must be a number >= 0, got " + backlog);
        }
        if (horizonMonths < 0) {
            throw new IllegalArgumentException("horizonMonths must not be negative, got " + horizonMonths);
        }
    }
}
