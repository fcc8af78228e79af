package org.detente.ledger;

import java.util.Objects;
import java.util.Optional;
import org.detente.model.MissionId;
import org.detente.model.StaffCategory;

/**
 * A measure about {@code count} staff of one category of the sending country in the host.
 * Which side of the entry is the sending country depends on the measure: the host expels,
 * accredits and issues visas; the sending country's staff depart.
 */
public sealed interface StaffMeasure extends Measure
        permits StaffExpelled, StaffDeparted, StaffAccredited, VisaDenied, VisaGranted, VisaExtended {

    int count();

    StaffCategory category();

    /** The mission concerned, when the source names one; it must belong to the sending country. */
    Optional<MissionId> mission();

    /** Whether the entry's actor is the sending country (else the actor is the host). */
    boolean sendingIsActor();

    /** Whether the measure moves the staff level (visa decisions do not). */
    default boolean changesLevel() {
        return this instanceof StaffExpelled || this instanceof StaffDeparted || this instanceof StaffAccredited;
    }

    @Override
    default int magnitude() {
        return count();
    }

    /** The checks every staff measure makes on construction. */
    static void check(int count, StaffCategory category, Optional<MissionId> mission) {
        if (count <= 0) {
            throw new IllegalArgumentException("count must be a positive number of people, got " + count);
        }
        Objects.requireNonNull(category, "category is required");
        Objects.requireNonNull(mission, "mission is required (empty when not named)");
    }
}
