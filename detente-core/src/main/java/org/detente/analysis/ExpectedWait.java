package org.detente.analysis;

import org.detente.model.Text;

/**
 * How long a new applicant waits: the backlog ahead divided by the monthly capacity
 * ({@link Months}), or {@link Unbounded} when the capacity is zero and the quotient has no value.
 */
public sealed interface ExpectedWait permits ExpectedWait.Months, ExpectedWait.Unbounded {

    /** Average days in a month (365.2425 / 12), used to express months in days. */
    double DAYS_PER_MONTH = 365.2425 / 12;

    /** A finite wait. */
    record Months(double months) implements ExpectedWait {
        public Months {
            if (!(months >= 0) || Double.isInfinite(months)) {
                throw new IllegalArgumentException("months must be a finite number >= 0, got " + months);
            }
        }

        /** The wait in days, rounded to the nearest day. */
        public long days() {
            return Math.round(months * DAYS_PER_MONTH);
        }
    }

    /** No finite wait: nothing is adjudicated, so the queue never moves. */
    record Unbounded(String reason) implements ExpectedWait {
        public Unbounded {
            reason = Text.require(reason, "reason");
        }
    }
}
