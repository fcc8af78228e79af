package org.detente.ledger;

import java.util.Objects;
import java.util.OptionalInt;
import org.detente.model.MissionId;
import org.detente.model.VisaIssuance;

/** A mission's visa work changes level; the capacity in visas a month is given when a source states it. */
public record VisaServiceChanged(MissionId mission, VisaIssuance level, OptionalInt monthlyCapacity)
        implements Measure {
    public VisaServiceChanged {
        Objects.requireNonNull(mission, "mission is required");
        Objects.requireNonNull(level, "level is required");
        Objects.requireNonNull(monthlyCapacity, "monthlyCapacity is required (empty when unknown)");
        if (monthlyCapacity.isPresent() && monthlyCapacity.getAsInt() < 0) {
            throw new IllegalArgumentException("monthlyCapacity must not be negative, got " + monthlyCapacity.getAsInt());
        }
    }

    @Override
    public MeasureType type() {
        return MeasureType.VISA_SERVICE_CHANGED;
    }

    @Override
    public <R> R accept(MeasureVisitor<R> visitor) {
        return visitor.visaServiceChanged(this);
    }
}
