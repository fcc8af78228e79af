package org.detente.scenario;

import java.util.Objects;
import org.detente.model.Codes;

/**
 * One thing that differs between two states, in words: what ({@code kind}, {@code subject}, an id
 * or, for staff, the sending country) and how it reads before and after
 * ({@code "closed, visas none"} → {@code "operational, visas full"}).
 */
public record StateChange(ChangeKind kind, String subject, String before, String after) {
    public StateChange {
        Objects.requireNonNull(kind, "kind is required");
        Objects.requireNonNull(subject, "subject is required");
        Objects.requireNonNull(before, "before is required");
        Objects.requireNonNull(after, "after is required");
        if (before.equals(after)) {
            throw new IllegalArgumentException(subject + ": a change needs different before and after, both are '" + before + "'");
        }
    }

    @Override
    public String toString() {
        return Codes.of(kind) + " " + subject + ": " + before + " → " + after;
    }
}
