package org.detente.scenario;

import java.util.List;
import org.detente.ledger.Problem;

/**
 * What evaluating a scenario gives: either {@link RejectedScenario} (its entries break the
 * ledger's rules, nothing was evaluated) or {@link EvaluatedScenario} (the differences from the
 * baseline). A sealed pair, so a presenter cannot show a comparison that was never made.
 */
public sealed interface ScenarioResult permits RejectedScenario, EvaluatedScenario {
    Scenario scenario();

    /** The problems with the scenario's entries; empty when it was evaluated. */
    List<Problem> problems();
}
