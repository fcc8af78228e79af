package org.detente.model;

/**
 * What kind of meeting a round of talks is: a working round of delegations, a summit of leaders,
 * a leaders' telephone call, or another meeting (ministers, envoys).
 */
public enum TalksFormat {
    ROUND, SUMMIT, CALL, MEETING
}
