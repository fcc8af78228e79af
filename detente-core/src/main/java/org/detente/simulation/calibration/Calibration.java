package org.detente.simulation.calibration;

import java.util.Objects;
import org.detente.model.Country;
import org.detente.model.Dyad;

/**
 * The result of {@link ReactionCalibration}: the reaction profile of each side of the dyad, in the
 * dyad's order, under the rules they were estimated with.
 *
 * @param dyad   the dyad
 * @param rules  the period and window
 * @param first  the profile of the dyad's first country
 * @param second the profile of the dyad's second country
 */
public record Calibration(Dyad dyad, CalibrationRules rules, ReactionProfile first, ReactionProfile second) {

    /** Checks that the profiles belong to the dyad's countries, in its order. */
    public Calibration {
        Objects.requireNonNull(dyad, "dyad is required");
        Objects.requireNonNull(rules, "rules is required");
        Objects.requireNonNull(first, "first is required");
        Objects.requireNonNull(second, "second is required");
        if (!first.side().equals(dyad.first()) || !second.side().equals(dyad.second())) {
            throw new IllegalArgumentException("profiles must be of " + dyad.first() + " and " + dyad.second()
                    + " in that order, got " + first.side() + " and " + second.side());
        }
    }

    /** The profile of {@code side}. */
    public ReactionProfile of(Country side) {
        if (side.equals(dyad.first())) {
            return first;
        }
        if (side.equals(dyad.second())) {
            return second;
        }
        throw new IllegalArgumentException(side + " is not a party of " + dyad);
    }
}
