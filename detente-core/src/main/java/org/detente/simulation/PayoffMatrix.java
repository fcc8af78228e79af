package org.detente.simulation;

/**
 * The payoffs of one round of the prisoner's dilemma, seen from the side that receives them.
 *
 * <ul>
 *   <li>{@code reward} (R): both cooperate;</li>
 *   <li>{@code sucker} (S): I cooperate, the other defects;</li>
 *   <li>{@code temptation} (T): I defect, the other cooperates;</li>
 *   <li>{@code punishment} (P): both defect.</li>
 * </ul>
 *
 * <p>Invariants: all four are finite; T &gt; R &gt; P &gt; S (defecting pays in a single round,
 * yet mutual cooperation beats mutual defection); and 2R &gt; T + S (taking turns to exploit each
 * other pays less than cooperating, so alternation is no way out of the dilemma).
 *
 * @param reward     R, for mutual cooperation
 * @param sucker     S, for cooperating against a defection
 * @param temptation T, for defecting against a cooperation
 * @param punishment P, for mutual defection
 */
public record PayoffMatrix(double reward, double sucker, double temptation, double punishment) {

    /** Axelrod's payoffs: R, S, T, P = 3, 0, 5, 1. */
    public static final PayoffMatrix STANDARD = new PayoffMatrix(3, 0, 5, 1);

    /** Checks the invariants stated above. */
    public PayoffMatrix {
        if (!Double.isFinite(reward) || !Double.isFinite(sucker)
                || !Double.isFinite(temptation) || !Double.isFinite(punishment)) {
            throw new IllegalArgumentException("payoffs must be finite numbers, got " + describe(reward, sucker, temptation, punishment));
        }
        if (!(temptation > reward && reward > punishment && punishment > sucker)) {
            throw new IllegalArgumentException("payoffs must satisfy T > R > P > S (temptation > reward > punishment > sucker), got "
                    + describe(reward, sucker, temptation, punishment));
        }
        if (!(2 * reward > temptation + sucker)) {
            throw new IllegalArgumentException("payoffs must satisfy 2R > T + S (mutual cooperation must beat taking turns to exploit), got 2R = "
                    + 2 * reward + " and T + S = " + (temptation + sucker) + " for " + describe(reward, sucker, temptation, punishment));
        }
    }

    /** The payoff to a side that played {@code mine} while the other side played {@code theirs}. */
    public double payoff(Move mine, Move theirs) {
        if (mine == Move.COOPERATE) {
            return theirs == Move.COOPERATE ? reward : sucker;
        }
        return theirs == Move.COOPERATE ? temptation : punishment;
    }

    /** The four payoffs indexed by {@code mine.code() * 2 + theirs.code()}: R, S, T, P. */
    double[] table() {
        return new double[] {reward, sucker, temptation, punishment};
    }

    private static String describe(double r, double s, double t, double p) {
        return "R=" + r + ", S=" + s + ", T=" + t + ", P=" + p;
    }
}
