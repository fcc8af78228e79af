package org.detente.model;

import java.util.List;
import java.util.Objects;

/**
 * A condition outside détente's model (e.g. a peace agreement between Russia and Ukraine) that
 * the ledger turns on or off; {@code holds} is its baseline value.
 */
public record Condition(ConditionId id, String description, boolean holds, List<Source> sources,
                        Confidence confidence, String note)
        implements Definition {
    public Condition {
        Objects.requireNonNull(id, "condition id is required");
        description = Text.require(description, "condition description");
        sources = Definition.requireSources(sources, "condition " + id);
        confidence = Definition.requireConfidence(confidence, "condition " + id);
        note = Text.optional(note);
    }

    /** A definition whose baseline the sources confirm, without a note. */
    public Condition(ConditionId id, String description, boolean holds, List<Source> sources) {
        this(id, description, holds, sources, Confidence.HIGH, "");
    }

    @Override
    public String key() {
        return id.value();
    }
}
