package org.detente.model;

/** Whether a channel is in use. */
public enum ChannelStatus {
    ACTIVE, SUSPENDED
}
