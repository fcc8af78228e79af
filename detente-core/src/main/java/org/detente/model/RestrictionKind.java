package org.detente.model;

/** The kinds of restriction a host puts on the other side's diplomats and missions. */
public enum RestrictionKind {
    TRAVEL_NOTIFICATION, TRAVEL_ZONES, ACCESS_TO_OFFICIALS, LOCAL_STAFF_BAN, MISSION_BANKING, PROPERTY_ACCESS, OTHER
}
