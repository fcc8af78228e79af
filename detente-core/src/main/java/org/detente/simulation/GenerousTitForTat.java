package org.detente.simulation;

/**
 * Generous tit-for-tat: like tit-for-tat, but answers a defection with cooperation anyway with
 * probability {@code forgiveness}, so that a single misexecuted move does not start an endless
 * echo of retaliation.
 *
 * <p>The default forgiveness is 1/3: Nowak and Sigmund (1992) give the most generous level that
 * still does not let always-defect invade as min(1 - (T - R)/(R - S), (R - P)/(T - P)), which is
 * min(1 - 2/3, 2/4) = 1/3 for the standard payoffs. It draws one random number only in rounds that
 * follow a defection. Invariant: {@code forgiveness} is a probability in [0, 1]; 0 is tit-for-tat,
 * 1 is always-cooperate.
 *
 * @param forgiveness the probability of cooperating right after the other side defected
 */
public record GenerousTitForTat(double forgiveness) implements Strategy {

    /** The registry name. */
    public static final String NAME = "generous-tit-for-tat";
    /** Nowak and Sigmund's level for the standard payoffs. */
    public static final double DEFAULT_FORGIVENESS = 1.0 / 3;

    /** Checks the invariants stated above. */
    public GenerousTitForTat {
        Strategies.requireProbability("forgiveness", forgiveness);
    }

    /** Generous tit-for-tat with forgiveness 1/3. */
    public GenerousTitForTat() {
        this(DEFAULT_FORGIVENESS);
    }

    @Override
    public String name() {
        return forgiveness == DEFAULT_FORGIVENESS ? NAME : Strategies.nameWith(NAME, forgiveness);
    }

    @Override
    public Player newPlayer() {
        double p = forgiveness;
        return (history, rng) -> {
            if (history.isEmpty() || history.lastOpponentMove() == Move.COOPERATE) {
                return Move.COOPERATE;
            }
            return rng.nextDouble() < p ? Move.COOPERATE : Move.DEFECT;
        };
    }
}
