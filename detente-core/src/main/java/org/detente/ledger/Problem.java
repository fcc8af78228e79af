package org.detente.ledger;

import java.util.Objects;

/**
 * One thing wrong with an entry: which entry (its position in the batch being checked, and its
 * id), which field, and what rule it breaks. Faces turn it into {@code file:line: field: message}
 * or a problem+json response.
 */
public record Problem(int index, String entryId, String field, String message) {
    public Problem {
        Objects.requireNonNull(entryId, "entryId is required");
        Objects.requireNonNull(field, "field is required");
        Objects.requireNonNull(message, "message is required");
    }

    @Override
    public String toString() {
        return "entry " + entryId + ": " + field + ": " + message;
    }
}
