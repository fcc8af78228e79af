package org.detente.app.usecase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.detente.analysis.ConsularOutlook;
import org.detente.scenario.EvaluatedScenario;
import org.detente.scenario.Scenario;
import org.detente.scenario.ScenarioAnalysis;
import org.detente.scenario.ScenarioEvaluator;
import org.detente.scenario.ScenarioResult;
import org.detente.store.format.FormatProblem;
import org.detente.store.format.ScenarioCodec;
import org.detente.store.format.Tree;

/**
 * A scenario document (YAML or JSON tree) evaluated against the ledger as known at the question's
 * moment, which is never written: the baseline is that moment's, so a scenario "as known at" a
 * moment starts from what was recorded by then.
 */
public final class ScenarioQuery {
    private final DyadBases bases;

    public ScenarioQuery(DyadBases bases) {
        this.bases = Objects.requireNonNull(bases, "bases is required");
    }

    /**
     * Reads {@code request.document()} and evaluates it. Problems of the document, and the ledger
     * rules its entries break, come back as {@code file:line: field: message}.
     */
    public ScenarioRun answer(Question question, Request request) {
        DyadBasis basis = bases.basis(question);
        List<FormatProblem> problems = new ArrayList<>();
        Optional<Scenario> scenario = ScenarioCodec.decode(request.document(), request.file(), basis.dyad(), problems);
        if (scenario.isEmpty()) {
            return new ScenarioRun(Optional.empty(), problems);
        }
        if (request.atQuestionDate()) {
            scenario = Optional.of(new Scenario(scenario.get().name(), scenario.get().description(), question.asOf(),
                    scenario.get().entries()));
        }
        List<ScenarioAnalysis> metrics = new ArrayList<>(List.of(ScenarioMetrics.staffGapChanges(basis),
                ScenarioMetrics.escalationChange()));
        request.consularMetrics().ifPresent(section -> metrics.add(ScenarioMetrics.consularChanges(basis, section)));
        ScenarioResult result = new ScenarioEvaluator(basis.view(), basis.roadmap(), metrics).evaluate(scenario.get());
        List<FormatProblem> located = ScenarioCodec.locate(result.problems(), request.document(), request.file());
        if (request.consularOutlooks().isPresent() && result instanceof EvaluatedScenario evaluated) {
            Map<String, ConsularOutlook> before = GapsQuery.inWorld(basis, evaluated.before(), request.consularOutlooks())
                    .consular();
            Map<String, ConsularOutlook> after = GapsQuery.inWorld(basis, evaluated.after(), request.consularOutlooks())
                    .consular();
            return new ScenarioRun(Optional.of(result), located, before, after);
        }
        return new ScenarioRun(Optional.of(result), located);
    }

    /**
     * What to evaluate and what to give besides the goals and the state.
     *
     * @param document         the scenario document
     * @param file             names the document in problems
     * @param atQuestionDate   evaluate as of the question's date instead of the document's own
     * @param consularMetrics  with a section: each mission's consular capacity and wait among the metric changes
     * @param consularOutlooks with a section: each mission's consular outlook before and after, beside the run
     */
    public record Request(Tree document, String file, boolean atQuestionDate, Optional<ConsularSection> consularMetrics,
                          Optional<ConsularSection> consularOutlooks) {
        public Request {
            Objects.requireNonNull(document, "document is required");
            Objects.requireNonNull(file, "file is required");
            Objects.requireNonNull(consularMetrics, "consularMetrics is required (empty for none)");
            Objects.requireNonNull(consularOutlooks, "consularOutlooks is required (empty for none)");
        }

        /** The document evaluated as of its own date, without consular figures. */
        public static Request of(Tree document, String file) {
            return new Request(document, file, false, Optional.empty(), Optional.empty());
        }
    }
}
