package org.detente.app.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.detente.app.service.DyadLedger;
import org.detente.app.usecase.ConsularSection;
import org.detente.app.usecase.DyadBasis;
import org.detente.app.usecase.Gaps;
import org.detente.app.usecase.Question;
import org.detente.app.usecase.Reciprocity;
import org.detente.app.usecase.ScenarioQuery;
import org.detente.app.usecase.ScenarioRun;
import org.detente.app.usecase.UseCases;
import org.detente.model.Dyad;
import org.detente.roadmap.Roadmap;
import org.detente.roadmap.RoadmapEvaluation;
import org.detente.store.format.ConsularCodec.ConsularData;
import org.detente.store.format.Tree;

/**
 * A page's question and the use cases that answer it, as the presenters ask them: the basis of
 * the dyad (its documents, its ledger as known at the question's moment) and each answer, asked
 * with the page's question (the date may be another, the moment never is).
 */
final class PageQuestion {
    private final UseCases useCases;
    private final Question question;
    private final DyadBasis basis;

    PageQuestion(UseCases useCases, Question question) {
        this.useCases = useCases;
        this.question = question;
        this.basis = useCases.bases().basis(question);
    }

    Question question() {
        return question;
    }

    DyadBasis basis() {
        return basis;
    }

    DyadLedger ledger() {
        return basis.ledger();
    }

    Dyad dyad() {
        return basis.dyad();
    }

    Optional<Instant> knownAt() {
        return basis.knownAt();
    }

    Roadmap roadmap() {
        return basis.roadmap();
    }

    Map<String, String> goalTitles() {
        return basis.goalTitles();
    }

    Optional<ConsularData> consular() {
        return basis.consular();
    }

    RoadmapEvaluation roadmapAsOf(LocalDate asOf) {
        return useCases.roadmap().answer(question.on(asOf)).evaluation();
    }

    Gaps gapsAsOf(LocalDate asOf) {
        return useCases.gaps().answer(question.on(asOf), Optional.empty());
    }

    Reciprocity reciprocityAsOf(LocalDate asOf, int windowDays) {
        return useCases.reciprocity().answer(question.on(asOf), windowDays);
    }

    /** The scenario evaluated as of its own date; with a section, each mission's consular outlook before and after. */
    ScenarioRun evaluateScenario(Tree document, String file, Optional<ConsularSection> outlooks) {
        return useCases.scenario().answer(question, new ScenarioQuery.Request(document, file, false, Optional.empty(),
                outlooks));
    }
}
