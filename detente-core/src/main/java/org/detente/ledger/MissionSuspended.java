package org.detente.ledger;

import java.util.Objects;
import org.detente.model.MissionId;
import org.detente.model.MissionStatus;

/** A mission stops working for now, its premises kept. */
public record MissionSuspended(MissionId mission) implements MissionMeasure {
    public MissionSuspended {
        Objects.requireNonNull(mission, "mission is required");
    }

    @Override
    public MeasureType type() {
        return MeasureType.MISSION_SUSPENDED;
    }

    @Override
    public MissionStatus resultingStatus() {
        return MissionStatus.SUSPENDED;
    }

    @Override
    public <R> R accept(MeasureVisitor<R> visitor) {
        return visitor.missionSuspended(this);
    }
}
