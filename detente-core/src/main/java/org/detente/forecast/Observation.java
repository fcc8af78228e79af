package org.detente.forecast;

/**
 * One duration for a survival estimate: the time from the origin (a case's trigger) to the event
 * (a goal met), or to the end of observation when the event has not happened yet
 * ({@code event == false}: right-censored, the goal was still open then).
 *
 * @param time  the duration, in days, not negative
 * @param event whether the goal was met at {@code time} (else it was still open then)
 */
public record Observation(double time, boolean event) {
    public Observation {
        if (!(time >= 0) || Double.isInfinite(time)) {
            throw new IllegalArgumentException("time must be a finite number ≥ 0, got " + time);
        }
    }

    /** A goal met after {@code days}. */
    public static Observation met(double days) {
        return new Observation(days, true);
    }

    /** A goal still open after {@code days} of observation. */
    public static Observation open(double days) {
        return new Observation(days, false);
    }
}
