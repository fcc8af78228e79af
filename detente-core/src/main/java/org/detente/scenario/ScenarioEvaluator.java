package org.detente.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.detente.ledger.Entry;
import org.detente.ledger.LedgerValidator;
import org.detente.ledger.Problem;
import org.detente.model.DyadDefinition;
import org.detente.roadmap.GoalEvaluation;
import org.detente.roadmap.GoalId;
import org.detente.roadmap.Roadmap;
import org.detente.roadmap.RoadmapEvaluation;
import org.detente.state.LedgerView;
import org.detente.state.Projector;

/**
 * Evaluates scenarios over one ledger: validates the scenario's entries with
 * {@link LedgerValidator} against the definitions and the ledger (the same rules and messages as
 * for ledger entries), plus one rule of its own (an entry dated after the scenario's date would not
 * count, so it is rejected); then projects the ledger alone and the ledger with the entries as of
 * the scenario's date, and compares states, roadmap and the analyses' figures.
 *
 * <p>The ledger is copied at construction and never changed; each scenario builds its own
 * projector over a new list. The baseline projector is built once and shared by all scenarios.
 */
public final class ScenarioEvaluator {
    private final DyadDefinition definition;
    private final List<Entry> ledger;
    private final Roadmap roadmap;
    private final List<ScenarioAnalysis> analyses;
    private final Projector baseline;

    /** An evaluator with no analyses: metric changes stay empty. */
    public ScenarioEvaluator(LedgerView ledger, Roadmap roadmap) {
        this(ledger, roadmap, List.of());
    }

    /**
     * An evaluator whose results carry the metric changes of {@code analyses}, in their order. The
     * baseline is the ledger as {@code ledger} knows it: with a moment of knowledge, only the
     * entries (and retractions) recorded by then, so a scenario "as known at" is evaluated against
     * what was known then.
     */
    public ScenarioEvaluator(LedgerView ledger, Roadmap roadmap, List<ScenarioAnalysis> analyses) {
        Objects.requireNonNull(ledger, "ledger is required");
        this.definition = ledger.definition();
        this.ledger = ledger.knownEntries();
        this.roadmap = Objects.requireNonNull(roadmap, "roadmap is required");
        this.analyses = List.copyOf(Objects.requireNonNull(analyses, "analyses is required"));
        this.baseline = Projector.of(definition, this.ledger);
    }

    /** The scenario compared with the baseline, or rejected with every problem of its entries. */
    public ScenarioResult evaluate(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario is required");
        List<Problem> problems = validate(scenario);
        if (!problems.isEmpty()) {
            return new RejectedScenario(scenario, problems);
        }
        List<Entry> combined = new ArrayList<>(ledger.size() + scenario.entries().size());
        combined.addAll(ledger);
        combined.addAll(scenario.entries());
        ScenarioWorld before = ScenarioWorld.of(baseline, scenario.asOf());
        ScenarioWorld after = ScenarioWorld.of(Projector.of(definition, combined), scenario.asOf());
        RoadmapEvaluation roadmapBefore = roadmap.evaluate(before.projector()::stateAsOf, scenario.asOf());
        RoadmapEvaluation roadmapAfter = roadmap.evaluate(after.projector()::stateAsOf, scenario.asOf());
        List<MetricChange> metrics = new ArrayList<>();
        for (ScenarioAnalysis analysis : analyses) {
            metrics.addAll(analysis.compare(before, after));
        }
        return new EvaluatedScenario(scenario, before, after, StateDiff.between(before.state(), after.state()),
                roadmapBefore, roadmapAfter, goalChanges(roadmapBefore, roadmapAfter), metrics);
    }

    /** The problems of the scenario's entries, as {@link LedgerValidator} words them, and late entries. */
    public List<Problem> validate(Scenario scenario) {
        List<Problem> problems = new ArrayList<>(new LedgerValidator(definition, ledger).validate(scenario.entries()));
        for (int i = 0; i < scenario.entries().size(); i++) {
            Entry entry = scenario.entries().get(i);
            if (entry.occurredOn().date().isAfter(scenario.asOf())) {
                problems.add(new Problem(i, entry.id().value(), "occurredOn", "occurs on " + entry.occurredOn()
                        + ", after the scenario's date " + scenario.asOf() + ", so it would not count"));
            }
        }
        return problems;
    }

    private static List<GoalChange> goalChanges(RoadmapEvaluation before, RoadmapEvaluation after) {
        Map<GoalId, GoalEvaluation> previous = new HashMap<>();
        before.goals().forEach(goal -> previous.put(goal.id(), goal));
        List<GoalChange> changes = new ArrayList<>();
        for (GoalEvaluation now : after.goals()) {
            GoalEvaluation then = previous.get(now.id());
            boolean progressChanged = !then.progress().map(p -> p.text()).equals(now.progress().map(p -> p.text()));
            if (then.status() != now.status() || progressChanged) {
                changes.add(new GoalChange(now.id(), then.status(), now.status(), then.progress(), now.progress()));
            }
        }
        return changes;
    }
}
