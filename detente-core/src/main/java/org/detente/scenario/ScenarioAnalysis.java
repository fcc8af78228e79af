package org.detente.scenario;

import java.util.List;

/**
 * The hook through which analyses (gaps, consular capacity, reciprocity, escalation, pace) add
 * their deltas to a scenario's result without this package depending on them: an implementation
 * computes its figures in both worlds and returns the ones that differ (or all of them; the
 * result keeps what it is given, in order). Implementations must be pure: no clock, no I/O.
 */
@FunctionalInterface
public interface ScenarioAnalysis {
    List<MetricChange> compare(ScenarioWorld before, ScenarioWorld after);
}
