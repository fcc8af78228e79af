package org.detente.scenario;

import java.util.List;
import java.util.Objects;
import org.detente.ledger.Problem;

/**
 * A scenario whose entries break the ledger's rules: every problem, worded as for ledger entries
 * ({@code entry X: mission: no mission with id 'y'}), with the entry's position in the scenario.
 */
public record RejectedScenario(Scenario scenario, List<Problem> problems) implements ScenarioResult {
    public RejectedScenario {
        Objects.requireNonNull(scenario, "scenario is required");
        problems = List.copyOf(problems);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a rejected scenario needs at least one problem");
        }
    }
}
