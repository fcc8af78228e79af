package org.detente.ledger;

import java.util.Optional;
import org.detente.model.MissionId;
import org.detente.model.StaffCategory;

/** The host refuses visas to {@code count} staff of the sending country. Visa decisions do not move the staff level: arrivals and departures do. */
public record VisaDenied(int count, StaffCategory category, Optional<MissionId> mission) implements StaffMeasure {
    public VisaDenied {
        StaffMeasure.check(count, category, mission);
    }

    @Override
    public MeasureType type() {
        return MeasureType.VISA_DENIED;
    }

    @Override
    public boolean sendingIsActor() {
        return false;
    }

    @Override
    public <R> R accept(MeasureVisitor<R> visitor) {
        return visitor.visaDenied(this);
    }
}
