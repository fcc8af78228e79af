package org.detente.app.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.detente.ledger.Problem;
import org.detente.store.format.Tree;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become API responses (what each says is {@link FailureTable}'s,
 * shared with the web pages): every error is an RFC 9457
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
        // Each failure the shared table knows is answered as it says; anything else is the server's own.
        for (Class<? extends Exception> known : FailureTable.KNOWN) {
            routes.exception(known, (e, ctx) -> write(ctx, FailureTable.of(e).orElseThrow()));
        }
        routes.exception(Exception.class, (e, ctx) -> {
            String incident = UUID.randomUUID().toString();
            LOG.error("internal error {} on {} {}", incident, ctx.method(), ctx.path(), e);
            write(ctx, new ApiException(500, "internal-error", "Internal error",
                    "the server failed to answer; the incident " + incident + " has been logged", List.of()));
        });
    }

    /** A 422 for entries that break a ledger rule, with the line of each field in {@code body} when known. */
    static ApiException rejected(List<Problem> problems, Tree body) {
        return FailureTable.rejected(problems, body);
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
