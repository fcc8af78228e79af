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
 * issuance level and, when a source gave it, the capacity in visas a month). {@code startUnknown}
 * when the status is the definition's baseline whose start no source gives ({@link #knownSince()}).
 */
public record MissionState(Mission mission, MissionStatus status, HistoricalDate since, boolean startUnknown,
                           Optional<VisaIssuance> visaIssuance, OptionalInt monthlyCapacity) {
    public MissionState {
        Objects.requireNonNull(mission, "mission is required");
        Objects.requireNonNull(status, "status is required");
        Objects.requireNonNull(since, "since is required");
        Objects.requireNonNull(visaIssuance, "visaIssuance is required");
        Objects.requireNonNull(monthlyCapacity, "monthlyCapacity is required");
    }

    /** A state set by an entry, whose start is that entry's date. */
    public MissionState(Mission mission, MissionStatus status, HistoricalDate since,
                        Optional<VisaIssuance> visaIssuance, OptionalInt monthlyCapacity) {
        this(mission, status, since, false, visaIssuance, monthlyCapacity);
    }

    /** The status's start in words: its date, or unknown with the date a source attests it. */
    public String sinceText() {
        return HistoricalDate.since(since, startUnknown);
    }

    /** The day the status began, or empty when no source says (then {@code since} is only attested). */
    public Optional<HistoricalDate> knownSince() {
        return startUnknown ? Optional.empty() : Optional.of(since);
    }

    /**
     * The visa issuance the mission can actually offer: none when it is not working, whatever
     * level was last announced.
     */
    public Optional<VisaIssuance> effectiveVisaIssuance() {
        return status.isWorking() ? visaIssuance : visaIssuance.map(level -> VisaIssuance.NONE);
    }
}
