package org.detente.ledger;

import java.util.Optional;
import org.detente.model.MissionId;
import org.detente.model.StaffCategory;

/** The host extends the visas of {@code count} staff of the sending country. */
public record VisaExtended(int count, StaffCategory category, Optional<MissionId> mission) implements StaffMeasure {
    public VisaExtended {
        StaffMeasure.check(count, category, mission);
    }

    @Override
    public MeasureType type() {
        return MeasureType.VISA_EXTENDED;
    }

    @Override
    public boolean sendingIsActor() {
        return false;
    }

    @Override
    public <R> R accept(MeasureVisitor<R> visitor) {
        return visitor.visaExtended(this);
    }
}
