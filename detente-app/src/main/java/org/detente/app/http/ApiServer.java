package org.detente.app.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.json.JavalinJackson;
import org.detente.app.service.EventsDesk;
import org.detente.app.usecase.UseCases;

/**
 * Builds the HTTP API from its services: every route with the access it needs, the access guard,
 * the metrics, and the one mapping from failures to problem+json. Nothing here holds business
 * logic; each handler parses its input, calls one service, and renders the documented shape.
 */
public final class ApiServer {
    private ApiServer() {
    }

    /**
     * Adds the API to {@code cfg} (inside {@code Javalin.create(cfg -> ...)}): every route with the
     * access it needs, the guard, the metrics, the problem answers, and the news event data of
     * {@code events}; the routes answer through {@code useCases}. The web pages are a sibling the
     * server adds beside it ({@code org.detente.app.server.DetenteServer}).
     */
    public static void configure(JavalinConfig cfg, ApiServices services, ApiSettings settings, UseCases useCases,
                                 EventsDesk events) {
        ObjectMapper mapper = new ObjectMapper();
        ProblemResponses problems = new ProblemResponses(mapper);
        AccessGuard guard = new AccessGuard(services.authenticator(), settings.readsRequireToken());
        HttpMetrics metrics = new HttpMetrics(services.metrics());
        metrics.gaugeLedgers(services.workspace());
        DyadHandlers dyads = new DyadHandlers(services.workspace(), services.clock(), mapper);
        LedgerHandlers ledger = new LedgerHandlers(services.workspace(), services.ledger(), settings);
        AnalysisHandlers analyses = new AnalysisHandlers(useCases, services.clock(), settings);
        AuditHandlers audit = new AuditHandlers(services.auditor(), settings);
        OpsHandlers ops = new OpsHandlers(services.readiness(), services.metrics());
        ApiDocs docs = new ApiDocs();
        FeedHandlers feeds = new FeedHandlers(services.workspace(), services.clock(), settings.publicUrl());
        EventHandlers eventData = new EventHandlers(events, services.workspace(), services.ledger(), settings, mapper);
        cfg.startup.showJavalinBanner = false;
        cfg.jsonMapper(new JavalinJackson(mapper, false));
        cfg.http.maxRequestSize = settings.maxBodyBytes();
        // A wrong method on an existing route is a 405 with Allow, not a 404 (RFC 9110).
        cfg.http.prefer405over404 = true;
        cfg.jetty.modifyServer(server -> server.setErrorHandler(new JettyProblems(mapper)));
        cfg.staticFiles.enableWebjars();
        QuestionParams.register(cfg.validation);
        cfg.requestLogger.http(metrics::record);
        RoutesConfig routes = cfg.routes;
        problems.register(routes);
        routes.before(SecurityHeaders::set);
        routes.beforeMatched(guard::check);
        routes.get("/health", ops::health, Access.PUBLIC);
        routes.get("/metrics", ops::metrics, Access.PUBLIC);
        routes.get("/api/openapi.json", docs::openapi, Access.PUBLIC);
        routes.get("/api/docs", docs::page, Access.PUBLIC);
        routes.get("/api/dyads", dyads::list, Access.READ);
        routes.get("/api/dyads/{dyad}/state", dyads::state, Access.READ);
        routes.get("/api/dyads/{dyad}/ledger", ledger::list, Access.READ);
        routes.post("/api/dyads/{dyad}/ledger", ledger::append, Access.WRITE);
        routes.get("/api/dyads/{dyad}/ledger/{entryId}", ledger::one, Access.READ);
        routes.post("/api/dyads/{dyad}/ledger/{entryId}/retraction", ledger::retract, Access.WRITE);
        routes.get("/api/dyads/{dyad}/roadmap", analyses::roadmap, Access.READ);
        routes.get("/api/dyads/{dyad}/gaps", analyses::gaps, Access.READ);
        routes.get("/api/dyads/{dyad}/reciprocity", analyses::reciprocity, Access.READ);
        routes.get("/api/dyads/{dyad}/pace", analyses::pace, Access.READ);
        routes.post("/api/dyads/{dyad}/scenarios/evaluate", analyses::evaluateScenario, Access.READ);
        routes.get("/api/audit", audit::recent, Access.ADMIN);
        routes.get("/dyads/{dyad}/feed.atom", feeds::atom, Access.READ);
        routes.get("/dyads/{dyad}/calendar.ics", feeds::calendar, Access.READ);
        routes.get("/api/dyads/{dyad}/events/series", eventData::series, Access.READ);
        routes.get("/api/dyads/{dyad}/events/suggestions", eventData::suggestions, Access.READ);
        routes.post("/api/dyads/{dyad}/events/suggestions/{id}/acceptance", eventData::accept, Access.WRITE);
        routes.post("/api/dyads/{dyad}/events/suggestions/{id}/dismissal", eventData::dismiss, Access.WRITE);
    }
}
