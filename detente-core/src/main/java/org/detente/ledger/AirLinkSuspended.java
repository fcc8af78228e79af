package org.detente.ledger;

import java.util.Objects;
import org.detente.model.AirLinkId;

/** Direct flights on a route stop. */
public record AirLinkSuspended(AirLinkId airLink) implements Measure {
    public AirLinkSuspended {
        Objects.requireNonNull(airLink, "airLink is required");
    }

    @Override
    public MeasureType type() {
        return MeasureType.AIR_LINK_SUSPENDED;
    }

    @Override
    public <R> R accept(MeasureVisitor<R> visitor) {
        return visitor.airLinkSuspended(this);
    }
}
