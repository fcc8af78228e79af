package org.detente.scenario;

import java.util.Objects;
import java.util.OptionalDouble;
import org.detente.model.Text;

/**
 * A number an analysis computes, before and after a scenario: {@code metric} names it
 * ({@code escalation-index}, {@code consular-capacity}, {@code staff-gap}), {@code subject} what it
 * is about (a mission id, a country; empty for the dyad), and {@code text} reads the change for a
 * person. Either side is empty when the analysis cannot compute it there.
 */
public record MetricChange(String metric, String subject, OptionalDouble before, OptionalDouble after, String text) {
    public MetricChange {
        metric = Text.require(metric, "metric");
        subject = Text.optional(subject);
        Objects.requireNonNull(before, "before is required (empty when unknown)");
        Objects.requireNonNull(after, "after is required (empty when unknown)");
        text = Text.require(text, "text");
    }

    /** The change after minus before, when both are known. */
    public OptionalDouble delta() {
        return before.isPresent() && after.isPresent()
                ? OptionalDouble.of(after.getAsDouble() - before.getAsDouble())
                : OptionalDouble.empty();
    }
}
