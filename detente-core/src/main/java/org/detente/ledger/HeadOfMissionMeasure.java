package org.detente.ledger;

import org.detente.model.MissionId;

/**
 * A step in who heads a mission: agrément requested by the sending side and granted by the host,
 * credentials presented, a head of mission's departure, a chargé d'affaires named. The mission is
 * the sending side's (usually its embassy); {@link #sendingIsActor()} says which side of the entry
 * that is.
 */
public sealed interface HeadOfMissionMeasure extends Measure permits AgrementRequested, AgrementGranted,
        CredentialsPresented, HeadOfMissionDeparted, ChargeDAffairesNamed {

    MissionId mission();

    /** The person concerned, as the sources name them. */
    String person();

    /** Whether the entry's actor is the sending country (only the host grants agrément). */
    default boolean sendingIsActor() {
        return true;
    }
}
