package org.detente.state;

import java.util.Objects;
import java.util.Optional;
import org.detente.model.HistoricalDate;
import org.detente.model.MissionId;
import org.detente.model.Text;

/**
 * Who heads a mission as of a date: an ambassador who presented credentials, a chargé
 * d'affaires, or nobody recorded since the last head left ({@link Standing#VACANT}); and the
 * designated successor whose agrément was requested or granted, when there is one.
 */
public record HeadOfMissionState(MissionId mission, Standing standing, String person, HistoricalDate since,
                                 Optional<Designate> designate) {
    /** How the post is held. */
    public enum Standing {
        AMBASSADOR, CHARGE_D_AFFAIRES, VACANT
    }

    /** A successor on the way: agrément requested, or granted and credentials not yet presented. */
    public record Designate(String person, boolean agrementGranted, HistoricalDate since) {
        public Designate {
            person = Text.require(person, "designate person");
            Objects.requireNonNull(since, "since is required");
        }
    }

    public HeadOfMissionState {
        Objects.requireNonNull(mission, "mission is required");
        Objects.requireNonNull(standing, "standing is required");
        person = Text.optional(person);
        Objects.requireNonNull(since, "since is required");
        Objects.requireNonNull(designate, "designate is required (empty when none)");
    }

    /** Whether an ambassador who presented credentials heads the mission (a chargé does not count). */
    public boolean ambassadorInPost() {
        return standing == Standing.AMBASSADOR;
    }
}
