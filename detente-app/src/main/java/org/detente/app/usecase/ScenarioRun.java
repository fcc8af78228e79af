package org.detente.app.usecase;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.detente.analysis.ConsularOutlook;
import org.detente.scenario.EvaluatedScenario;
import org.detente.scenario.ScenarioResult;
import org.detente.store.format.FormatProblem;

/**
 * A scenario run: the result when the document could be read (evaluated, or rejected by the
 * ledger's rules), the problems located in the document (empty when evaluated), and, when the
 * question asked for consular outlooks, each mission's outlook before and after.
 */
public record ScenarioRun(Optional<ScenarioResult> result, List<FormatProblem> problems,
                          Map<String, ConsularOutlook> consularBefore, Map<String, ConsularOutlook> consularAfter) {
    public ScenarioRun {
        Objects.requireNonNull(result, "result is required (empty when the document could not be read)");
        problems = List.copyOf(problems);
        consularBefore = Collections.unmodifiableMap(new LinkedHashMap<>(consularBefore));
        consularAfter = Collections.unmodifiableMap(new LinkedHashMap<>(consularAfter));
    }

    /** A run without consular outlooks. */
    public ScenarioRun(Optional<ScenarioResult> result, List<FormatProblem> problems) {
        this(result, problems, Map.of(), Map.of());
    }

    /** The evaluated scenario, when it was evaluated. */
    public Optional<EvaluatedScenario> evaluated() {
        return result.filter(EvaluatedScenario.class::isInstance).map(EvaluatedScenario.class::cast);
    }
}
