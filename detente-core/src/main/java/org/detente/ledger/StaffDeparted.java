package org.detente.ledger;

import java.util.Optional;
import org.detente.model.MissionId;
import org.detente.model.StaffCategory;

/** {@code count} staff of the sending country leave the host, e.g. to meet a cap (actor: sending country). */
public record StaffDeparted(int count, StaffCategory category, Optional<MissionId> mission) implements StaffMeasure {
    public StaffDeparted {
        StaffMeasure.check(count, category, mission);
    }

    @Override
    public MeasureType type() {
        return MeasureType.STAFF_DEPARTED;
    }

    @Override
    public boolean sendingIsActor() {
        return true;
    }

    @Override
    public <R> R accept(MeasureVisitor<R> visitor) {
        return visitor.staffDeparted(this);
    }
}
