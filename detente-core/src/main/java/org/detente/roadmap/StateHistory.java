package org.detente.roadmap;

import java.time.LocalDate;
import org.detente.state.RelationsState;

/**
 * The state of relations as of any date, for criteria that compare with an earlier date (a staff
 * level at a baseline date). {@code projector::stateAsOf} is one; for a question "as known at",
 * pass {@code date -> projector.stateAsOf(date, knownAt)} so the baseline is known the same way.
 */
@FunctionalInterface
public interface StateHistory {
    RelationsState stateAsOf(LocalDate date);
}
