package org.detente.app.usecase;

import java.util.Objects;

/** The roadmap's evaluation as of the question's date, as known at its moment. */
public final class RoadmapQuery {
    private final DyadBases bases;

    public RoadmapQuery(DyadBases bases) {
        this.bases = Objects.requireNonNull(bases, "bases is required");
    }

    /** Statuses, progress, blockers, next steps and the critical path as of {@code question.asOf()}. */
    public RoadmapAnswer answer(Question question) {
        DyadBasis basis = bases.basis(question);
        return new RoadmapAnswer(basis, basis.roadmap().evaluate(basis.history(), question.asOf()));
    }
}
