package org.detente.simulation;

/**
 * A memory-one strategy given by reaction probabilities: the chance of cooperating in the first
 * round and after each outcome of the previous round, named by the payoff that outcome gave this
 * side. It is the hook for calibrating the simulation to observed behaviour: reaction
 * probabilities estimated from a dyad's ledger make a strategy directly.
 *
 * <p>Many named strategies are special cases: tit-for-tat is (1, 1, 0, 1, 0), win-stay-lose-shift
 * is (1, 1, 0, 0, 1), always-defect is (0, 0, 0, 0, 0); {@link #reactive} builds Nowak and
 * Sigmund's reactive strategies, which look at the other side's move only. It draws one random
 * number per round. Invariant: every probability is in [0, 1].
 *
 * @param firstMove       the probability of cooperating in the first round
 * @param afterReward     ... after both cooperated (R)
 * @param afterSucker     ... after this side cooperated and the other defected (S)
 * @param afterTemptation ... after this side defected and the other cooperated (T)
 * @param afterPunishment ... after both defected (P)
 */
public record MemoryOne(double firstMove, double afterReward, double afterSucker, double afterTemptation, double afterPunishment)
        implements Strategy {

    /** The registry name. */
    public static final String NAME = "memory-one";

    /** Checks the invariants stated above. */
    public MemoryOne {
        Strategies.requireProbability("firstMove", firstMove);
        Strategies.requireProbability("afterReward", afterReward);
        Strategies.requireProbability("afterSucker", afterSucker);
        Strategies.requireProbability("afterTemptation", afterTemptation);
        Strategies.requireProbability("afterPunishment", afterPunishment);
    }

    /**
     * A reactive strategy: cooperates first with probability {@code firstMove}, then with
     * probability {@code afterCooperation} if the other side cooperated and
     * {@code afterDefection} if it defected.
     */
    public static MemoryOne reactive(double firstMove, double afterCooperation, double afterDefection) {
        return new MemoryOne(firstMove, afterCooperation, afterDefection, afterCooperation, afterDefection);
    }

    @Override
    public String name() {
        return Strategies.nameWith(NAME, firstMove, afterReward, afterSucker, afterTemptation, afterPunishment);
    }

    @Override
    public Player newPlayer() {
        // Indexed like the payoff table: own move * 2 + other side's move, i.e. R, S, T, P.
        double[] afterOutcome = {afterReward, afterSucker, afterTemptation, afterPunishment};
        double first = firstMove;
        return (history, rng) -> {
            double p = history.isEmpty()
                    ? first
                    : afterOutcome[history.lastOwnMove().code() * 2 + history.lastOpponentMove().code()];
            return rng.nextDouble() < p ? Move.COOPERATE : Move.DEFECT;
        };
    }
}
