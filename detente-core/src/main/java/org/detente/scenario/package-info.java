/**
 * Scenarios: hypothetical entries laid over the ledger as of a date, never written to it, and the
 * difference they make. {@link org.detente.scenario.ScenarioEvaluator} validates the entries with
 * the ledger's own rules, then compares the baseline and the scenario: state changes
 * ({@link org.detente.scenario.StateDiff}), goals whose status or progress changed, and the figures
 * that analyses contribute through {@link org.detente.scenario.ScenarioAnalysis}.
 */
package org.detente.scenario;
