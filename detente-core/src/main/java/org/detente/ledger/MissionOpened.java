package org.detente.ledger;

import java.util.Objects;
import org.detente.model.MissionId;
import org.detente.model.MissionStatus;

/** A mission opens. */
public record MissionOpened(MissionId mission) implements MissionMeasure {
    public MissionOpened {
        Objects.requireNonNull(mission, "mission is required");
    }

    @Override
    public MeasureType type() {
        return MeasureType.MISSION_OPENED;
    }

    @Override
    public MissionStatus resultingStatus() {
        return MissionStatus.OPERATIONAL;
    }

    @Override
    public <R> R accept(MeasureVisitor<R> visitor) {
        return visitor.missionOpened(this);
    }
}
