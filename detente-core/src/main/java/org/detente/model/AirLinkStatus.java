package org.detente.model;

/** Whether a direct air route is flown. */
public enum AirLinkStatus {
    OPERATING, SUSPENDED
}
