package org.detente.ledger;

import java.util.Objects;
import org.detente.model.MissionId;
import org.detente.model.Text;

/** {@code person} presents credentials and takes office as head of the mission (actor: sending). */
public record CredentialsPresented(MissionId mission, String person) implements HeadOfMissionMeasure {
    public CredentialsPresented {
        Objects.requireNonNull(mission, "mission is required");
        person = Text.require(person, "person");
    }

    @Override
    public MeasureType type() {
        return MeasureType.CREDENTIALS_PRESENTED;
    }

    @Override
    public <R> R accept(MeasureVisitor<R> visitor) {
        return visitor.credentialsPresented(this);
    }
}
