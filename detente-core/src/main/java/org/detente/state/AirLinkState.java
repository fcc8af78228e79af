package org.detente.state;

import java.util.Objects;
import org.detente.model.AirLink;
import org.detente.model.AirLinkStatus;
import org.detente.model.HistoricalDate;

/** A direct air route as of a date. */
public record AirLinkState(AirLink airLink, AirLinkStatus status, HistoricalDate since) {
    public AirLinkState {
        Objects.requireNonNull(airLink, "airLink is required");
        Objects.requireNonNull(status, "status is required");
        Objects.requireNonNull(since, "since is required");
    }

    public boolean operating() {
        return status == AirLinkStatus.OPERATING;
    }
}
