package org.detente.store.format;

import java.util.Objects;

/**
 * One problem found while reading a document: the file (empty for an HTTP body), the line
 * (0 when unknown), the field path ({@code sources[0].url}) and what is wrong.
 */
public record FormatProblem(String file, int line, String field, String message) {
    public FormatProblem {
        Objects.requireNonNull(file, "file is required");
        Objects.requireNonNull(field, "field is required");
        Objects.requireNonNull(message, "message is required");
    }

    /** {@code file:line: field: message}, leaving out what is unknown. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (!file.isEmpty()) {
            text.append(file).append(':');
            if (line > 0) {
                text.append(line).append(':');
            }
            text.append(' ');
        } else if (line > 0) {
            text.append("line ").append(line).append(": ");
        }
        if (!field.isEmpty()) {
            text.append(field).append(": ");
        }
        return text.append(message).toString();
    }
}
