package org.detente.state;

import java.util.Objects;
import java.util.Optional;
import org.detente.model.AirLink;
import org.detente.model.AirLinkStatus;
import org.detente.model.HistoricalDate;

/**
 * A direct air route as of a date. {@code startUnknown} when the status is a baseline whose start
 * no source gives.
 */
public record AirLinkState(AirLink airLink, AirLinkStatus status, HistoricalDate since, boolean startUnknown) {
    public AirLinkState {
        Objects.requireNonNull(airLink, "airLink is required");
        Objects.requireNonNull(status, "status is required");
        Objects.requireNonNull(since, "since is required");
    }

    /** A status set by an entry, whose start is that entry's date. */
    public AirLinkState(AirLink airLink, AirLinkStatus status, HistoricalDate since) {
        this(airLink, status, since, false);
    }

    /** The route's baseline, before any entry speaks of it. */
    public static AirLinkState baseline(AirLink link) {
        return new AirLinkState(link, link.status(), link.since(), link.startUnknown());
    }

    /** The status's start in words: its date, or unknown with the date a source attests it. */
    public String sinceText() {
        return HistoricalDate.since(since, startUnknown);
    }

    /** The day the status began, or empty when no source says (then {@code since} is only attested). */
    public Optional<HistoricalDate> knownSince() {
        return startUnknown ? Optional.empty() : Optional.of(since);
    }

    public boolean operating() {
        return status == AirLinkStatus.OPERATING;
    }
}
