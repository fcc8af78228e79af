package org.detente.ledger;

import java.util.Objects;
import org.detente.model.MissionId;
import org.detente.model.MissionStatus;

/** Seized premises are given back; they stay closed until reopened. */
public record MissionReturned(MissionId mission) implements MissionMeasure {
    public MissionReturned {
        Objects.requireNonNull(mission, "mission is required");
    }

    @Override
    public MeasureType type() {
        return MeasureType.MISSION_RETURNED;
    }

    @Override
    public MissionStatus resultingStatus() {
        return MissionStatus.CLOSED;
    }

    @Override
    public <R> R accept(MeasureVisitor<R> visitor) {
        return visitor.missionReturned(this);
    }
}
