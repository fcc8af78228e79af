package org.detente.state;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.detente.model.HistoricalDate;
import org.detente.model.Mission;
import org.detente.model.MissionStatus;
import org.detente.model.VisaIssuance;

/**
 * A mission as of a date: its status since the last change, and its consular service (visa
 * issuance level and, when a source gave it, the capacity in visas a month).
 */
public record MissionState(Mission mission, MissionStatus status, HistoricalDate since,
                           Optional<VisaIssuance> visaIssuance, OptionalInt monthlyCapacity) {
    public MissionState {
        Objects.requireNonNull(mission, "mission is required");
        Objects.requireNonNull(status, "status is required");
        Objects.requireNonNull(since, "since is required");
        Objects.requireNonNull(visaIssuance, "visaIssuance is required");
        Objects.requireNonNull(monthlyCapacity, "monthlyCapacity is required");
    }

    /**
     * The visa issuance the mission can actually offer: none when it is not working, whatever
     * level was last announced.
     */
    public Optional<VisaIssuance> effectiveVisaIssuance() {
        return status.isWorking() ? visaIssuance : visaIssuance.map(level -> VisaIssuance.NONE);
    }
}
