package org.detente.app.http;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.detente.app.service.StoreWorkspace;

/**
 * Request counts and latencies ({@code http_server_requests_seconds}, tagged by method, route
 * template and status, so the number of series stays bounded), the size of each ledger
 * ({@code detente_ledger_entries}), and the counters an operator alerts on: writes to a ledger
 * that were recorded or refused, by route and reason ({@code detente_ledger_appends_total},
 * {@code detente_ledger_appends_rejected_total}), and refused sign-ins
 * ({@code detente_signin_failures_total}). The list of metrics is in docs/api.md.
 */
final class HttpMetrics {
    /** Where a request that no route matched is counted (a 404, a static file): one series, not one per path. */
    static final String UNMATCHED = "unmatched";
    private static final String PROBLEM_TYPE = "detente.problem.type";

    /** The routes, API and web forms, whose success appends one entry (an entry, a retraction, an accepted suggestion). */
    private static final Set<String> LEDGER_WRITES = Set.of(
            "POST /api/dyads/{dyad}/ledger",
            "POST /api/dyads/{dyad}/ledger/{entryId}/retraction",
            "POST /api/dyads/{dyad}/events/suggestions/{id}/acceptance",
            "POST /dyads/{dyad}/record",
            "POST /dyads/{dyad}/retract",
            "POST /dyads/{dyad}/events/suggestions/{id}/accept");
    private static final String SIGN_IN = "POST /signin";

    private final MeterRegistry registry;

    HttpMetrics(MeterRegistry registry) {
        this.registry = registry;
        // Present from the start at zero, so that an alert on its rate has a series before the first failure.
        signInFailures();
    }

    void record(Context ctx, Float milliseconds) {
        String route = routeOf(ctx);
        int status = ctx.statusCode();
        Timer.builder("http.server.requests")
                .description("HTTP requests answered")
                .tag("method", ctx.method().name())
                .tag("route", route)
                .tag("status", String.valueOf(status))
                .register(registry)
                .record((long) (milliseconds * 1_000_000L), TimeUnit.NANOSECONDS);
        String operation = ctx.method().name() + " " + route;
        if (LEDGER_WRITES.contains(operation)) {
            countWrite(route, status, ctx.attribute(PROBLEM_TYPE));
        } else if (operation.equals(SIGN_IN) && status == 401) {
            signInFailures().increment();
        }
    }

    /** Remembers the problem type of an error answer, the reason a refused write is counted under. */
    static void problemType(Context ctx, String type) {
        ctx.attribute(PROBLEM_TYPE, type);
    }

    private void countWrite(String route, int status, String problemType) {
        if (status < 400) {
            Counter.builder("detente.ledger.appends")
                    .description("Entries appended to a ledger (entries, retractions, accepted suggestions), by route")
                    .tag("route", route)
                    .register(registry)
                    .increment();
            return;
        }
        Counter.builder("detente.ledger.appends.rejected")
                .description("Writes to a ledger that were refused, by route and reason (the problem type)")
                .tag("route", route)
                .tag("reason", problemType != null ? problemType : reasonOf(status))
                .register(registry)
                .increment();
    }

    /** The reason of a refused web form, which answers HTML: the problem type the API gives for the same status. */
    static String reasonOf(int status) {
        return switch (status) {
            case 400 -> "invalid-body";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 409 -> "conflict";
            case 413 -> "body-too-large";
            case 422 -> "invalid-entry";
            default -> status >= 500 ? "internal-error" : "http-" + status;
        };
    }

    private Counter signInFailures() {
        return Counter.builder("detente.signin.failures")
                .description("Sign-ins of the web dashboard refused (a token unknown, revoked or mistyped)")
                .register(registry);
    }

    void gaugeLedgers(StoreWorkspace workspace) {
        for (String dyad : workspace.dyads()) {
            Gauge.builder("detente.ledger.entries", workspace, w -> sizeOf(w, dyad))
                    .description("Entries in the ledger of a dyad, retractions included")
                    .tag("dyad", dyad)
                    .register(registry);
        }
    }

    private static double sizeOf(StoreWorkspace workspace, String dyad) {
        try {
            return workspace.lastSequence(dyad);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    /**
     * The template of the route the request matched. Not {@code ctx.endpoint()}: when the access
     * check refuses a request (401, 403) the current endpoint is still the before-matched handler,
     * whose path is {@code *}; the matched HTTP endpoint is known by then.
     */
    private static String routeOf(Context ctx) {
        Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        return matched == null ? UNMATCHED : matched.path;
    }
}
