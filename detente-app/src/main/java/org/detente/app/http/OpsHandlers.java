package org.detente.app.http;

import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import org.detente.app.service.Readiness;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /health} (liveness and database readiness) and {@code /metrics} (Prometheus text format). */
final class OpsHandlers {
    private static final Logger LOG = LoggerFactory.getLogger(OpsHandlers.class);
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final Readiness readiness;
    private final PrometheusMeterRegistry registry;

    OpsHandlers(Readiness readiness, PrometheusMeterRegistry registry) {
        this.readiness = readiness;
        this.registry = registry;
    }

    void health(Context ctx) {
        boolean ready;
        try {
            readiness.check();
            ready = true;
        } catch (Exception e) {
            LOG.warn("readiness check failed", e);
            ready = false;
        }
        Map<String, Object> checks = new LinkedHashMap<>();
        checks.put("liveness", "UP");
        checks.put("database", ready ? "UP" : "DOWN");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", ready ? "UP" : "DOWN");
        body.put("checks", checks);
        ctx.status(ready ? 200 : 503).json(body);
    }

    void metrics(Context ctx) {
        ctx.contentType(PROMETHEUS_TEXT).result(registry.scrape());
    }
}
