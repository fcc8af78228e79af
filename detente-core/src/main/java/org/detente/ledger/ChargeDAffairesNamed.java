package org.detente.ledger;

import java.util.Objects;
import org.detente.model.MissionId;
import org.detente.model.Text;

/** {@code person} leads the mission as chargé d'affaires, without the rank of ambassador (actor: sending). */
public record ChargeDAffairesNamed(MissionId mission, String person) implements HeadOfMissionMeasure {
    public ChargeDAffairesNamed {
        Objects.requireNonNull(mission, "mission is required");
        person = Text.require(person, "person");
    }

    @Override
    public MeasureType type() {
        return MeasureType.CHARGE_D_AFFAIRES_NAMED;
    }

    @Override
    public <R> R accept(MeasureVisitor<R> visitor) {
        return visitor.chargeDAffairesNamed(this);
    }
}
