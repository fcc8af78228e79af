package org.detente.simulation;

/**
 * Random: cooperates with probability {@code cooperationProbability} in every round, independently
 * of the history; draws one random number per round. Invariant: the probability is in [0, 1].
 *
 * @param cooperationProbability the chance of a conciliatory step in any round (default 0.5)
 */
public record RandomStrategy(double cooperationProbability) implements Strategy {

    /** The registry name. */
    public static final String NAME = "random";
    /** A fair coin. */
    public static final double DEFAULT_COOPERATION_PROBABILITY = 0.5;

    /** Checks the invariants stated above. */
    public RandomStrategy {
        Strategies.requireProbability("cooperationProbability", cooperationProbability);
    }

    /** A fair coin each round. */
    public RandomStrategy() {
        this(DEFAULT_COOPERATION_PROBABILITY);
    }

    @Override
    public String name() {
        return cooperationProbability == DEFAULT_COOPERATION_PROBABILITY ? NAME : Strategies.nameWith(NAME, cooperationProbability);
    }

    @Override
    public Player newPlayer() {
        double p = cooperationProbability;
        return (history, rng) -> rng.nextDouble() < p ? Move.COOPERATE : Move.DEFECT;
    }
}
