package org.detente.ledger;

import java.util.Objects;
import org.detente.model.MissionId;
import org.detente.model.MissionStatus;

/** The host takes the premises or bars the owner's access to them. */
public record MissionSeized(MissionId mission) implements MissionMeasure {
    public MissionSeized {
        Objects.requireNonNull(mission, "mission is required");
    }

    @Override
    public MeasureType type() {
        return MeasureType.MISSION_SEIZED;
    }

    @Override
    public MissionStatus resultingStatus() {
        return MissionStatus.SEIZED;
    }

    @Override
    public <R> R accept(MeasureVisitor<R> visitor) {
        return visitor.missionSeized(this);
    }
}
