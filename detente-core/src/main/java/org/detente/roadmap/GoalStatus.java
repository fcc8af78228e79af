package org.detente.roadmap;

/**
 * Where a goal stands as of a date. {@code MET}: its criterion holds (whatever its preconditions
 * say: facts beat plans). {@code READY}: not met, every precondition met, so it can be worked on
 * now. {@code BLOCKED}: not met, and at least one precondition is not met.
 */
public enum GoalStatus {
    MET, READY, BLOCKED
}
