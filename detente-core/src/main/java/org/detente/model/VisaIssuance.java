package org.detente.model;

/** How much visa work a mission does, in increasing order, so levels compare with {@link #atLeast}. */
public enum VisaIssuance {
    NONE, EMERGENCY_ONLY, LIMITED, FULL;

    public boolean atLeast(VisaIssuance other) {
        return compareTo(other) >= 0;
    }
}
