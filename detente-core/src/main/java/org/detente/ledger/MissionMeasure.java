package org.detente.ledger;

import org.detente.model.MissionId;
import org.detente.model.MissionStatus;

/** A change in a mission's status; the mission must be between the entry's actor and target. */
public sealed interface MissionMeasure extends Measure permits MissionOpened, MissionLimited, MissionSuspended,
        MissionClosed, MissionSeized, MissionReturned, MissionReopened {

    MissionId mission();

    /** The status the mission has after this measure. */
    MissionStatus resultingStatus();
}
