package org.detente.app.http;

import java.util.Objects;

/**
 * One thing wrong with a request, in the {@code errors} array of a problem: the field (a path
 * such as {@code sources[0].url}, a query parameter, or a header), what is wrong, and the line of
 * the body it is on (null when unknown or not in the body).
 */
public record FieldError(String field, String message, Integer line) {
    public FieldError {
        Objects.requireNonNull(field, "field is required");
        Objects.requireNonNull(message, "message is required");
        if (line != null && line <= 0) {
            line = null;
        }
    }

    public static FieldError of(String field, String message) {
        return new FieldError(field, message, null);
    }
}
