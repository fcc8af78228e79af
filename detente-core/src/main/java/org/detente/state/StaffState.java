package org.detente.state;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.detente.model.Country;
import org.detente.model.HistoricalDate;
import org.detente.model.Headcount;

/**
 * Staff of the sending country's missions in the host as of a date: the latest reported level
 * plus the expulsions, departures and accreditations after it ({@code level} is empty when no
 * report exists yet), and the host's cap, reported as violated when the total exceeds it.
 */
public record StaffState(Country sending, Country host, Optional<Headcount> level, Optional<HistoricalDate> reportedOn,
                         int changesSinceReport, OptionalInt cap, Optional<HistoricalDate> capSince) {
    public StaffState {
        Objects.requireNonNull(sending, "sending is required");
        Objects.requireNonNull(host, "host is required");
        Objects.requireNonNull(level, "level is required");
        Objects.requireNonNull(reportedOn, "reportedOn is required");
        Objects.requireNonNull(cap, "cap is required");
        Objects.requireNonNull(capSince, "capSince is required");
    }

    /** The total when known. */
    public OptionalInt total() {
        return level.map(Headcount::total).filter(Objects::nonNull).map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    /** Whether the known total is above the cap. */
    public boolean capViolated() {
        return cap.isPresent() && total().isPresent() && total().getAsInt() > cap.getAsInt();
    }

    /** How many more staff the cap allows (negative when violated), when both are known. */
    public OptionalInt capHeadroom() {
        return cap.isPresent() && total().isPresent()
                ? OptionalInt.of(cap.getAsInt() - total().getAsInt())
                : OptionalInt.empty();
    }
}
