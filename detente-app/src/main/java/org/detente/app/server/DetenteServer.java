package org.detente.app.server;

import io.javalin.Javalin;
import java.util.Map;
import org.detente.app.http.ApiServer;
import org.detente.app.http.ApiServices;
import org.detente.app.http.ApiSettings;
import org.detente.app.service.EventsDesk;
import org.detente.app.usecase.UseCases;
import org.detente.app.web.WebRoutes;
import org.detente.events.store.DuckDbEventStore;

/**
 * The server: the API and the web pages, added as siblings to one Javalin, both answering through
 * one set of use cases over the services' workspace (so each ledger version is decoded once).
 * Neither face builds the other; this is the only class that knows both.
 */
public final class DetenteServer {
    private DetenteServer() {
    }

    /**
     * The server, configured and not yet started ({@code create(...).start(port)}), with the event
     * store at its default place ({@code data/events.duckdb}); the command line passes the one its
     * environment names through the other {@code create}.
     */
    public static Javalin create(ApiServices services, ApiSettings settings) {
        return create(services, settings, new EventsDesk(DuckDbEventStore.location(Map.of(), null), services.clock()));
    }

    /** The server with the news event data of {@code events}. */
    public static Javalin create(ApiServices services, ApiSettings settings, EventsDesk events) {
        return create(services, settings, events, new UseCases(services.workspace()));
    }

    /** The server answering through {@code useCases} (which the caller may have warmed). */
    public static Javalin create(ApiServices services, ApiSettings settings, EventsDesk events, UseCases useCases) {
        return Javalin.create(cfg -> {
            ApiServer.configure(cfg, services, settings, useCases, events);
            WebRoutes.register(cfg, services.workspace(), useCases, services.ledger(), services.authenticator(),
                    services.clock(), settings.readsRequireToken(), settings.secureCookies(), events);
        });
    }
}
