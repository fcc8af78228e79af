package org.detente.ledger;

import java.util.Optional;
import org.detente.model.MissionId;
import org.detente.model.StaffCategory;

/** The host expels {@code count} of the sending country's staff (actor: host). */
public record StaffExpelled(int count, StaffCategory category, Optional<MissionId> mission) implements StaffMeasure {
    public StaffExpelled {
        StaffMeasure.check(count, category, mission);
    }

    @Override
    public MeasureType type() {
        return MeasureType.STAFF_EXPELLED;
    }

    @Override
    public boolean sendingIsActor() {
        return false;
    }

    @Override
    public <R> R accept(MeasureVisitor<R> visitor) {
        return visitor.staffExpelled(this);
    }
}
