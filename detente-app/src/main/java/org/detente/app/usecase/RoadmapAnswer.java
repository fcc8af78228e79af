package org.detente.app.usecase;

import java.util.Objects;
import org.detente.roadmap.RoadmapEvaluation;

/**
 * The roadmap as of a date: statuses, progress, blockers, next steps, critical path.
 *
 * @param basis      what it was evaluated against (the roadmap, the dyad, the moment of knowledge)
 * @param evaluation the evaluation
 */
public record RoadmapAnswer(DyadBasis basis, RoadmapEvaluation evaluation) {
    public RoadmapAnswer {
        Objects.requireNonNull(basis, "basis is required");
        Objects.requireNonNull(evaluation, "evaluation is required");
    }
}
