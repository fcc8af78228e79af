package org.detente.ledger;

import java.util.Objects;
import org.detente.model.MissionId;
import org.detente.model.MissionStatus;

/** A closed, suspended or returned mission works again. */
public record MissionReopened(MissionId mission) implements MissionMeasure {
    public MissionReopened {
        Objects.requireNonNull(mission, "mission is required");
    }

    @Override
    public MeasureType type() {
        return MeasureType.MISSION_REOPENED;
    }

    @Override
    public MissionStatus resultingStatus() {
        return MissionStatus.OPERATIONAL;
    }

    @Override
    public <R> R accept(MeasureVisitor<R> visitor) {
        return visitor.missionReopened(this);
    }
}
