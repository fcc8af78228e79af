package org.detente.ledger;

import java.util.Objects;
import org.detente.model.MissionId;
import org.detente.model.Text;

/** The host grants agrément to {@code person} as the sending side's head of mission (actor: host). */
public record AgrementGranted(MissionId mission, String person) implements HeadOfMissionMeasure {
    public AgrementGranted {
        Objects.requireNonNull(mission, "mission is required");
        person = Text.require(person, "person");
    }

    @Override
    public MeasureType type() {
        return MeasureType.AGREMENT_GRANTED;
    }

    @Override
    public boolean sendingIsActor() {
        return false;
    }

    @Override
    public <R> R accept(MeasureVisitor<R> visitor) {
        return visitor.agrementGranted(this);
    }
}
