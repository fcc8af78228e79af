package org.detente.simulation.calibration;

import java.util.OptionalDouble;

/**
 * How one side answered one kind of measure of the other side (punitive or conciliatory), with the
 * counts the estimate rests on.
 *
 * <p>{@code trials} is the number of the other side's measures of that stance that could have been
 * answered within the window; {@code answered} how many of them this side answered in kind (same
 * stance) within the window. The lag and magnitude summaries are over those answers: the lag in
 * days from measure to answer, and the ratio of the answer's magnitude to the measure's (people for
 * staff measures, 1 for the rest, as in reciprocity pairing). Invariant: 0 &le; answered &le; trials;
 * the summaries are present exactly when {@code answered > 0}.
 *
 * @param trials           measures of the other side that could be answered
 * @param answered         how many were answered in kind within the window
 * @param medianLagDays    the median lag of the answers, in days
 * @param meanLagDays      the mean lag of the answers, in days
 * @param meanMagnitudeRatio the mean ratio of answer magnitude to measure magnitude
 */
public record Reaction(int trials, int answered, OptionalDouble medianLagDays, OptionalDouble meanLagDays,
                       OptionalDouble meanMagnitudeRatio) {

    /** Checks the invariants stated above. */
    public Reaction {
        if (trials < 0 || answered < 0 || answered > trials) {
            throw new IllegalArgumentException("need 0 <= answered <= trials, got " + answered + " of " + trials);
        }
        if (medianLagDays.isPresent() != answered > 0 || meanLagDays.isPresent() != answered > 0
                || meanMagnitudeRatio.isPresent() != answered > 0) {
            throw new IllegalArgumentException("lag and magnitude summaries must be present exactly when some measure was answered; answered "
                    + answered);
        }
    }

    /** A reaction never put to the test. */
    public static Reaction untested() {
        return new Reaction(0, 0, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
    }

    /** The estimated probability of answering in kind, {@code answered / trials}; empty without trials. */
    public OptionalDouble probability() {
        return trials == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) answered / trials);
    }
}
