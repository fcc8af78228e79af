package org.detente.analysis;

/** The consular staff of a mission: officers who adjudicate and local staff who support them. */
public record ConsularStaffing(int officers, int localStaff) {
    public ConsularStaffing {
        if (officers < 0) {
            throw new IllegalArgumentException("officers must not be negative, got " + officers);
        }
        if (localStaff < 0) {
            throw new IllegalArgumentException("localStaff must not be negative, got " + localStaff);
        }
    }
}
