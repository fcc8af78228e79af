package org.detente.roadmap;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.detente.model.Definition;
import org.detente.model.Source;
import org.detente.model.Text;
import org.detente.model.TrackId;

/**
 * A step on the way to normal relations: on one track, with a measurable {@code criterion} and
 * the goals that must be met first ({@code preconditions}). {@code targetRange} keeps the target
 * as the source gave it when the criterion had to pick one number ({@code "25–30×"}, criterion
 * 25×). {@code kind} places the goal in the vocabulary shared by every dyad, so that reference cases
 * can be compared (empty when no kind fits, e.g. a peace settlement). A goal never lists itself or the same precondition twice; longer cycles are found by
 * {@link Roadmap}.
 */
public record Goal(GoalId id, TrackId track, String title, String description, Criterion criterion,
                   List<GoalId> preconditions, Optional<String> targetRange, List<Source> sources,
                   Optional<GoalKind> kind) {
    public Goal {
        Objects.requireNonNull(id, "goal id is required");
        Objects.requireNonNull(track, "goal " + id + ": track is required");
        title = Text.require(title, "goal " + id + ": title");
        description = Text.optional(description);
        Objects.requireNonNull(criterion, "goal " + id + ": criterion is required");
        preconditions = List.copyOf(Objects.requireNonNull(preconditions, "goal " + id + ": preconditions is required"));
        Set<GoalId> seen = new HashSet<>();
        for (GoalId precondition : preconditions) {
            if (precondition.equals(id)) {
                throw new IllegalArgumentException("goal " + id + ": preconditions: a goal cannot be its own precondition");
            }
            if (!seen.add(precondition)) {
                throw new IllegalArgumentException("goal " + id + ": preconditions: '" + precondition + "' is listed twice");
            }
        }
        Objects.requireNonNull(targetRange, "goal " + id + ": targetRange is required (empty when none)");
        targetRange = targetRange.map(String::trim).filter(t -> !t.isEmpty());
        sources = Definition.requireSources(sources, "goal " + id);
        Objects.requireNonNull(kind, "goal " + id + ": kind is required (empty when none)");
    }

    /** A goal of no kind. */
    public Goal(GoalId id, TrackId track, String title, String description, Criterion criterion,
                List<GoalId> preconditions, Optional<String> targetRange, List<Source> sources) {
        this(id, track, title, description, criterion, preconditions, targetRange, sources, Optional.empty());
    }
}
