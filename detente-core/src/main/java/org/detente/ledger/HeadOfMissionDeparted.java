package org.detente.ledger;

import java.util.Objects;
import org.detente.model.MissionId;
import org.detente.model.Text;

/** {@code person}, head of the mission, leaves the post; it is vacant until a chargé d'affaires or a successor is recorded (actor: sending). */
public record HeadOfMissionDeparted(MissionId mission, String person) implements HeadOfMissionMeasure {
    public HeadOfMissionDeparted {
        Objects.requireNonNull(mission, "mission is required");
        person = Text.require(person, "person");
    }

    @Override
    public MeasureType type() {
        return MeasureType.HEAD_OF_MISSION_DEPARTED;
    }

    @Override
    public <R> R accept(MeasureVisitor<R> visitor) {
        return visitor.headOfMissionDeparted(this);
    }
}
