package org.detente.app.http;

import io.javalin.http.Context;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.detente.app.service.StoreWorkspace;

/**
 * Request counts and latencies ({@code http_server_requests_seconds}, tagged by method, route
 * template and status, so the number of series stays bounded) and the size of each ledger
 * ({@code detente_ledger_entries}).
 */
final class HttpMetrics {
    private final MeterRegistry registry;

    HttpMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(Context ctx, Float milliseconds) {
        Timer.builder("http.server.requests")
                .description("HTTP requests answered")
                .tag("method", ctx.method().name())
                .tag("route", routeOf(ctx))
                .tag("status", String.valueOf(ctx.statusCode()))
                .register(registry)
                .record((long) (milliseconds * 1_000_000L), TimeUnit.NANOSECONDS);
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

    private static String routeOf(Context ctx) {
        try {
            return ctx.endpoint().path;
        } catch (RuntimeException e) {
            return "unmatched";
        }
    }
}
