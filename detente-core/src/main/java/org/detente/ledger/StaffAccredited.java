package org.detente.ledger;

import java.util.Optional;
import org.detente.model.MissionId;
import org.detente.model.StaffCategory;

/** The host accredits {@code count} new staff of the sending country (actor: host). */
public record StaffAccredited(int count, StaffCategory category, Optional<MissionId> mission) implements StaffMeasure {
    public StaffAccredited {
        StaffMeasure.check(count, category, mission);
    }

    @Override
    public MeasureType type() {
        return MeasureType.STAFF_ACCREDITED;
    }

    @Override
    public boolean sendingIsActor() {
        return false;
    }

    @Override
    public <R> R accept(MeasureVisitor<R> visitor) {
        return visitor.staffAccredited(this);
    }
}
