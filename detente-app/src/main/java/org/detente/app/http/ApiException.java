package org.detente.app.http;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A request the API refuses, with everything its problem+json answer says: the status, a short
 * type slug (documented in {@code docs/api.md}), a title, a detail sentence and the field errors.
 * Thrown by handlers and validators; turned into a response only by {@link ProblemResponses}.
 */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String type;
    private final String title;
    private final transient List<FieldError> errors;
    private final transient Map<String, String> headers;

    public ApiException(int status, String type, String title, String detail, List<FieldError> errors) {
        this(status, type, title, detail, errors, Map.of());
    }

    public ApiException(int status, String type, String title, String detail, List<FieldError> errors,
                        Map<String, String> headers) {
        super(detail);
        this.status = status;
        this.type = Objects.requireNonNull(type, "type is required");
        this.title = Objects.requireNonNull(title, "title is required");
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    /** A 400 about one query parameter, header or field. */
    public static ApiException badParameter(String field, String message) {
        return new ApiException(400, "invalid-parameter", "A parameter is invalid", field + ": " + message,
                List.of(FieldError.of(field, message)));
    }

    /** A 400 listing every problem of a request body. */
    public static ApiException invalidBody(List<FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).field().isEmpty() ? errors.get(0).message()
                : errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " problems in the request body; see errors";
        return new ApiException(400, "invalid-body", "The request body is invalid", detail, errors);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
