package org.detente.simulation.calibration;

/**
 * How often one side acted unprompted: over {@code monthsObserved} calendar months, the months in
 * which it took at least one punitive measure that answered nothing ({@code punitiveMonths}), and
 * the months with no such punitive measure but at least one unprompted conciliatory one
 * ({@code conciliatoryMonths}). Counting months, punitive first, keeps the two rates a partition:
 * their sum never exceeds 1. Invariant: both counts are non-negative and sum to at most
 * {@code monthsObserved}.
 *
 * @param monthsObserved     calendar months in the calibration period
 * @param punitiveMonths     months with an unprompted punitive measure
 * @param conciliatoryMonths months with an unprompted conciliatory measure and no unprompted punitive one
 */
public record Initiatives(int monthsObserved, int punitiveMonths, int conciliatoryMonths) {

    /** Checks the invariants stated above. */
    public Initiatives {
        if (monthsObserved < 0 || punitiveMonths < 0 || conciliatoryMonths < 0
                || punitiveMonths + conciliatoryMonths > monthsObserved) {
            throw new IllegalArgumentException("need punitiveMonths + conciliatoryMonths <= monthsObserved, all non-negative; got "
                    + punitiveMonths + " + " + conciliatoryMonths + " of " + monthsObserved);
        }
    }

    /** The share of months with an unprompted punitive measure; 0 when no month was observed. */
    public double punitiveRate() {
        return monthsObserved == 0 ? 0 : (double) punitiveMonths / monthsObserved;
    }

    /** The share of months with only an unprompted conciliatory measure; 0 when no month was observed. */
    public double conciliatoryRate() {
        return monthsObserved == 0 ? 0 : (double) conciliatoryMonths / monthsObserved;
    }
}
