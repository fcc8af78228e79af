package org.detente.ledger;

import java.util.Objects;
import org.detente.model.AirLinkId;

/** Direct flights on a route resume. */
public record AirLinkResumed(AirLinkId airLink) implements Measure {
    public AirLinkResumed {
        Objects.requireNonNull(airLink, "airLink is required");
    }

    @Override
    public MeasureType type() {
        return MeasureType.AIR_LINK_RESUMED;
    }

    @Override
    public <R> R accept(MeasureVisitor<R> visitor) {
        return visitor.airLinkResumed(this);
    }
}
