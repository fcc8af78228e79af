package org.detente.app.http;

import io.javalin.http.HttpResponseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.detente.app.service.AlreadyRetractedException;
import org.detente.app.service.UnknownDyadException;
import org.detente.app.service.UnknownEntryException;
import org.detente.app.usecase.DyadBasis;
import org.detente.ledger.ConcurrencyConflictException;
import org.detente.ledger.InvalidEntriesException;
import org.detente.ledger.Problem;
import org.detente.store.format.FormatException;
import org.detente.store.format.Tree;

/**
 * The one table from the failures of the domain and the use cases to what a client is told: the
 * status, the problem type (a slug documented in {@code docs/api.md}), the title, the detail and
 * the field errors. The API writes the answer as problem+json ({@link ProblemResponses}); the web
 * pages (which share this adapter) show the same status and detail on their error page. A failure
 * the table does not know is the server's own: a 500 that names only an incident.
 */
public final class FailureTable {
    /** The failures the table knows, most specific first, so a face can register a handler for each. */
    public static final List<Class<? extends Exception>> KNOWN = List.of(ApiException.class,
            UnknownDyadException.class, UnknownEntryException.class, AlreadyRetractedException.class,
            ConcurrencyConflictException.class, DyadBasis.Unavailable.class, InvalidEntriesException.class,
            FormatException.class, HttpResponseException.class);

    private FailureTable() {
    }

    /** What the client is told about {@code failure}; empty when the table does not know it (a 500). */
    public static Optional<ApiException> of(Throwable failure) {
        if (failure instanceof ApiException e) {
            return Optional.of(e);
        }
        if (failure instanceof UnknownDyadException e) {
            return Optional.of(new ApiException(404, "unknown-dyad", "No such dyad", e.getMessage(),
                    List.of(FieldError.of("dyad", e.getMessage()))));
        }
        if (failure instanceof UnknownEntryException e) {
            return Optional.of(new ApiException(404, "unknown-entry", "No such entry", e.getMessage(),
                    List.of(FieldError.of("entryId", e.getMessage()))));
        }
        if (failure instanceof AlreadyRetractedException e) {
            return Optional.of(new ApiException(409, "already-retracted", "The entry is already retracted",
                    e.getMessage(), List.of(FieldError.of("entryId", e.getMessage()))));
        }
        if (failure instanceof ConcurrencyConflictException e) {
            return Optional.of(new ApiException(409, "conflict", "The ledger has moved on", e.getMessage(),
                    List.of(FieldError.of("If-Match", e.getMessage())), Map.of("ETag", "\"" + e.actual() + "\"")));
        }
        if (failure instanceof DyadBasis.Unavailable e) {
            return Optional.of(unavailable(e));
        }
        if (failure instanceof InvalidEntriesException e) {
            return Optional.of(rejected(e.problems(), null));
        }
        if (failure instanceof FormatException e) {
            return Optional.of(malformed(e));
        }
        if (failure instanceof HttpResponseException e) {
            return Optional.of(fromJavalin(e));
        }
        return Optional.empty();
    }

    /** A 400 for a body that is not JSON at all. */
    static ApiException malformed(FormatException e) {
        return new ApiException(400, "malformed-json", "The body is not well-formed JSON", e.getMessage(),
                List.of(new FieldError(e.field() == null ? "" : e.field(), e.getMessage(), e.line())));
    }

    /**
     * A 422 for entries that are well-formed but break a ledger rule (unknown mission, duplicate id,
     * ...), with the line of each field in {@code body} when it is known.
     */
    static ApiException rejected(List<Problem> problems, Tree body) {
        List<FieldError> errors = new ArrayList<>();
        for (Problem problem : problems) {
            Integer line = body instanceof Tree.Mapping m && m.fields().containsKey(problem.field())
                    ? m.lineOf(problem.field()) : null;
            errors.add(new FieldError(problem.field(), problem.message(), line));
        }
        String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " rules broken; see errors";
        return new ApiException(422, "invalid-entry", "The entry breaks a ledger rule", detail, errors);
    }

    /**
     * No roadmap for the dyad is a 404; a stored roadmap that does not validate is the server's
     * data problem (503), named with its problems so an operator can fix the document.
     */
    private static ApiException unavailable(DyadBasis.Unavailable e) {
        List<FieldError> errors = new ArrayList<>();
        e.problems().forEach(p -> errors.add(new FieldError(p.field(), p.toString(), p.line())));
        return e.problems().isEmpty()
                ? new ApiException(404, "no-roadmap", "The dyad has no roadmap", e.getMessage(),
                        List.of(FieldError.of("dyad", e.getMessage())))
                : new ApiException(503, "roadmap-invalid", "The dyad's roadmap is invalid", e.getMessage(), errors);
    }

    private static ApiException fromJavalin(HttpResponseException e) {
        int status = e.getStatus();
        return switch (status) {
            case 404 -> new ApiException(404, "not-found", "Not found", e.getMessage(), List.of());
            case 405 -> new ApiException(405, "method-not-allowed", "Method not allowed", e.getMessage(), List.of(),
                    Map.of("Allow", allowed(e)));
            case 413 -> new ApiException(413, "body-too-large", "The request body is too large", e.getMessage(),
                    List.of(FieldError.of("body", e.getMessage())));
            default -> new ApiException(status < 400 || status > 599 ? 400 : status, "http-" + status,
                    "The request was refused", e.getMessage(), List.of());
        };
    }

    /** The methods Javalin found for the path, as an Allow header's value ("GET, POST"). */
    private static String allowed(HttpResponseException e) {
        String methods = e.getDetails().getOrDefault("availableMethods", "");
        return java.util.Arrays.stream(methods.replaceAll("[\\[\\]]", "").split("[,\\s]+"))
                .filter(m -> !m.isBlank()).map(m -> m.toUpperCase(java.util.Locale.ROOT)).distinct()
                .collect(java.util.stream.Collectors.joining(", "));
    }
}
