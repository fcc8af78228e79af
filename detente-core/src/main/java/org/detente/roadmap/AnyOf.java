package org.detente.roadmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** At least one of {@code criteria} holds. Code {@code any-of}. The explanation names what was found. */
public record AnyOf(List<Criterion> criteria) implements Criterion {
    public static final String TYPE = "any-of";

    public AnyOf {
        criteria = List.copyOf(Objects.requireNonNull(criteria, "criteria is required"));
        if (criteria.size() < 2) {
            throw new IllegalArgumentException("any-of needs at least 2 criteria, got " + criteria.size());
        }
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String describe() {
        return criteria.stream().map(Criterion::describe).collect(Collectors.joining(" or ", "(", ")"));
    }

    @Override
    public CriterionResult evaluate(CriterionContext context) {
        List<String> explanations = new ArrayList<>();
        for (Criterion criterion : criteria) {
            CriterionResult result = criterion.evaluate(context);
            if (result.met()) {
                return CriterionResult.of(true, result.explanation());
            }
            explanations.add(result.explanation());
        }
        return CriterionResult.of(false, "none of " + criteria.size() + " met: " + String.join("; ", explanations));
    }
}
