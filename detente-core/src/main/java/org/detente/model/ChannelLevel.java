package org.detente.model;

/** The level of government at which two institutions talk. */
public enum ChannelLevel {
    HEAD_OF_STATE, MINISTRY, LEGISLATURE, REGION, CITY
}
