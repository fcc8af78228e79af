package org.detente.ledger;

import java.util.Objects;
import org.detente.model.MissionId;
import org.detente.model.Text;

/** The sending side asks the host's agrément for {@code person} as head of its mission (actor: sending). */
public record AgrementRequested(MissionId mission, String person) implements HeadOfMissionMeasure {
    public AgrementRequested {
        Objects.requireNonNull(mission, "mission is required");
        person = Text.require(person, "person");
    }

    @Override
    public MeasureType type() {
        return MeasureType.AGREMENT_REQUESTED;
    }

    @Override
    public <R> R accept(MeasureVisitor<R> visitor) {
        return visitor.agrementRequested(this);
    }
}
