package org.detente.ledger;

import java.util.Objects;
import org.detente.model.MissionId;
import org.detente.model.MissionStatus;

/** A mission keeps working with a reduced scope. */
public record MissionLimited(MissionId mission) implements MissionMeasure {
    public MissionLimited {
        Objects.requireNonNull(mission, "mission is required");
    }

    @Override
    public MeasureType type() {
        return MeasureType.MISSION_LIMITED;
    }

    @Override
    public MissionStatus resultingStatus() {
        return MissionStatus.LIMITED;
    }

    @Override
    public <R> R accept(MeasureVisitor<R> visitor) {
        return visitor.missionLimited(this);
    }
}
