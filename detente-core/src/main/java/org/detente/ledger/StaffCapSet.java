package org.detente.ledger;

/**
 * The host sets a ceiling on the total staff the sending country may keep in it. A level above
 * the cap is reported as a violation, never silently cut.
 */
public record StaffCapSet(int cap) implements Measure {
    public StaffCapSet {
        if (cap < 0) {
            throw new IllegalArgumentException("cap must not be negative, got " + cap);
        }
    }

    @Override
    public MeasureType type() {
        return MeasureType.STAFF_CAP_SET;
    }

    @Override
    public <R> R accept(MeasureVisitor<R> visitor) {
        return visitor.staffCapSet(this);
    }
}
