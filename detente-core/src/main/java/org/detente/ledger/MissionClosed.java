package org.detente.ledger;

import java.util.Objects;
import org.detente.model.MissionId;
import org.detente.model.MissionStatus;

/** A mission is closed, by the host or by its own government. */
public record MissionClosed(MissionId mission) implements MissionMeasure {
    public MissionClosed {
        Objects.requireNonNull(mission, "mission is required");
    }

    @Override
    public MeasureType type() {
        return MeasureType.MISSION_CLOSED;
    }

    @Override
    public MissionStatus resultingStatus() {
        return MissionStatus.CLOSED;
    }

    @Override
    public <R> R accept(MeasureVisitor<R> visitor) {
        return visitor.missionClosed(this);
    }
}
