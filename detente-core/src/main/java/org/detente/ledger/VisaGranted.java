package org.detente.ledger;

import java.util.Optional;
import org.detente.model.MissionId;
import org.detente.model.StaffCategory;

/** The host grants visas to {@code count} staff of the sending country (no change to the level until they are accredited). */
public record VisaGranted(int count, StaffCategory category, Optional<MissionId> mission) implements StaffMeasure {
    public VisaGranted {
        StaffMeasure.check(count, category, mission);
    }

    @Override
    public MeasureType type() {
        return MeasureType.VISA_GRANTED;
    }

    @Override
    public boolean sendingIsActor() {
        return false;
    }

    @Override
    public <R> R accept(MeasureVisitor<R> visitor) {
        return visitor.visaGranted(this);
    }
}
