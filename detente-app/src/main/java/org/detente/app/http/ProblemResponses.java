package org.detente.app.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.detente.app.service.AlreadyRetractedException;
import org.detente.app.service.DyadAnalyses;
import org.detente.app.service.UnknownDyadException;
import org.detente.app.service.UnknownEntryException;
import org.detente.ledger.ConcurrencyConflictException;
import org.detente.ledger.InvalidEntriesException;
import org.detente.ledger.Problem;
import org.detente.store.format.FormatException;
import org.detente.store.format.Tree;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become responses: every error is an RFC 9457
 * {@code application/problem+json} document with {@code type}, {@code title}, {@code status},
 * {@code detail}, {@code instance} and an {@code errors} array of {@code {field, message, line}}.
 * The client's mistakes are 4xx; anything unexpected is a 500 that names only an incident id
 * (the stack trace goes to the log, never to the client).
 */
final class ProblemResponses {
    static final String CONTENT_TYPE = "application/problem+json";
    /** What the answers say they are: the bytes are UTF-8 (without it Jetty sent ISO-8859-1). */
    static final String CONTENT_TYPE_UTF_8 = CONTENT_TYPE + ";charset=utf-8";
    static final String TYPE_PREFIX = "urn:detente:problem:";
    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);

    private final ObjectMapper mapper;

    ProblemResponses(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void register(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> write(ctx, e));
        routes.exception(UnknownDyadException.class, (e, ctx) -> write(ctx, new ApiException(404, "unknown-dyad",
                "No such dyad", e.getMessage(), List.of(FieldError.of("dyad", e.getMessage())))));
        routes.exception(UnknownEntryException.class, (e, ctx) -> write(ctx, new ApiException(404, "unknown-entry",
                "No such entry", e.getMessage(), List.of(FieldError.of("entryId", e.getMessage())))));
        routes.exception(AlreadyRetractedException.class, (e, ctx) -> write(ctx, new ApiException(409,
                "already-retracted", "The entry is already retracted", e.getMessage(),
                List.of(FieldError.of("entryId", e.getMessage())))));
        routes.exception(ConcurrencyConflictException.class, (e, ctx) -> write(ctx, new ApiException(409, "conflict",
                "The ledger has moved on", e.getMessage(), List.of(FieldError.of("If-Match", e.getMessage())),
                Map.of("ETag", "\"" + e.actual() + "\""))));
        routes.exception(DyadAnalyses.Unavailable.class, (e, ctx) -> write(ctx, unavailable(e)));
        routes.exception(InvalidEntriesException.class, (e, ctx) -> write(ctx, rejected(e.problems(), null)));
        routes.exception(FormatException.class, (e, ctx) -> write(ctx, malformed(e)));
        routes.exception(HttpResponseException.class, (e, ctx) -> write(ctx, fromJavalin(e)));
        routes.exception(Exception.class, (e, ctx) -> {
            String incident = UUID.randomUUID().toString();
            LOG.error("internal error {} on {} {}", incident, ctx.method(), ctx.path(), e);
            write(ctx, new ApiException(500, "internal-error", "Internal error",
                    "the server failed to answer; the incident " + incident + " has been logged", List.of()));
        });
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
    private static ApiException unavailable(DyadAnalyses.Unavailable e) {
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

    /** The problem document's head, the one shape of every error (the routes' and the HTTP server's own). */
    static Map<String, Object> problem(String type, String title, int status, String detail, String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_PREFIX + type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", instance);
        return body;
    }

    void write(Context ctx, ApiException e) {
        Map<String, Object> body = problem(e.type(), e.title(), e.status(), e.getMessage(), ctx.path());
        List<Map<String, Object>> errors = new ArrayList<>();
        for (FieldError error : e.errors()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("field", error.field());
            item.put("message", error.message());
            item.put("line", error.line());
            errors.add(item);
        }
        body.put("errors", errors);
        HttpMetrics.problemType(ctx, e.type());
        e.headers().forEach(ctx::header);
        if (e.status() == 401) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"detente\"");
        }
        try {
            ctx.status(e.status()).contentType(CONTENT_TYPE_UTF_8).result(mapper.writeValueAsBytes(body));
        } catch (JsonProcessingException impossible) {
            ctx.status(500).contentType(CONTENT_TYPE_UTF_8).result("{\"title\":\"Internal error\",\"status\":500}");
        }
    }
}
