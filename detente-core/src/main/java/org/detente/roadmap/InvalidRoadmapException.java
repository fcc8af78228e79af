package org.detente.roadmap;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when goals do not form a valid roadmap; carries every problem found, not only the first. */
public final class InvalidRoadmapException extends RuntimeException {
    private final transient List<RoadmapProblem> problems;

    public InvalidRoadmapException(List<RoadmapProblem> problems) {
        super(problems.stream().map(RoadmapProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<RoadmapProblem> problems() {
        return problems;
    }
}
