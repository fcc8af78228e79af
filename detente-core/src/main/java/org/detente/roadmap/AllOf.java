package org.detente.roadmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Every one of {@code criteria} holds. Code {@code all-of}. Progress counts the parts met
 * ({@code "2 of 3"}); the explanation lists the parts not met.
 */
public record AllOf(List<Criterion> criteria) implements Criterion {
    public static final String TYPE = "all-of";

    public AllOf {
        criteria = List.copyOf(Objects.requireNonNull(criteria, "criteria is required"));
        if (criteria.size() < 2) {
            throw new IllegalArgumentException("all-of needs at least 2 criteria, got " + criteria.size());
        }
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String describe() {
        return criteria.stream().map(Criterion::describe).collect(Collectors.joining(" and ", "(", ")"));
    }

    @Override
    public CriterionResult evaluate(CriterionContext context) {
        int met = 0;
        List<String> missing = new ArrayList<>();
        for (Criterion criterion : criteria) {
            CriterionResult result = criterion.evaluate(context);
            if (result.met()) {
                met++;
            } else {
                missing.add(result.explanation());
            }
        }
        String text = met + " of " + criteria.size();
        return CriterionResult.of(met == criteria.size(), Progress.of(met, criteria.size(), text),
                missing.isEmpty() ? "all " + criteria.size() + " met" : text + " met; not met: " + String.join("; ", missing));
    }
}
