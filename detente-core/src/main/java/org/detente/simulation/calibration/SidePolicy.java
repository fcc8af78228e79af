package org.detente.simulation.calibration;

import java.util.Objects;
import org.detente.simulation.Strategy;

/**
 * How one side chooses its monthly move in a {@link MonteCarloForecast}: as it has been observed to
 * react ({@link Observed}), or by playing a strategy of the simulator ({@link Plays}), to ask "what
 * if this side played GRIT while the other kept its observed reactions".
 */
public sealed interface SidePolicy permits SidePolicy.Observed, SidePolicy.Plays {

    /** A short description for reports: {@code observed} or the strategy's name. */
    String describe();

    /** The side keeps the reactions estimated from the ledger (its {@link ReactionProfile}). */
    record Observed() implements SidePolicy {
        @Override
        public String describe() {
            return "observed";
        }
    }

    /**
     * The side plays {@code strategy}, one round a month: cooperating is a conciliatory move,
     * defecting a punitive one; the other side's quiet months look like cooperation to it (no
     * punitive act was taken).
     *
     * @param strategy the strategy
     */
    record Plays(Strategy strategy) implements SidePolicy {
        /** Checks that the strategy is given. */
        public Plays {
            Objects.requireNonNull(strategy, "strategy is required");
        }

        @Override
        public String describe() {
            return strategy.name();
        }
    }
}
