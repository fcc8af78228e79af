package org.detente.testkit.gdelt;

import java.util.Objects;
import org.detente.model.Country;

/**
 * A reciprocal pair planted in synthetic data: {@code responder} answers {@code actor} in kind,
 * {@code lagMonths} months later (0..3): its events towards the actor in month t carry the tone
 * (cooperative or conflictual) of the actor's events in month t − lag.
 */
public record PlantedPair(Country actor, Country responder, int lagMonths) {
    public PlantedPair {
        Objects.requireNonNull(actor, "actor is required");
        Objects.requireNonNull(responder, "responder is required");
        if (actor.equals(responder)) {
            throw new IllegalArgumentException("a planted pair needs two countries, got " + actor + " twice");
        }
        if (lagMonths < 0 || lagMonths > 3) {
            throw new IllegalArgumentException("lagMonths must be 0..3, got " + lagMonths);
        }
    }
}
