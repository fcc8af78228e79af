package org.detente.app.web;

import static org.detente.app.web.PageRequests.query;
import static org.detente.app.web.PageRequests.render;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Map;

/** Consular capacity, its parameters editable in place (the result alone under htmx). */
final class ConsularHandlers {
    private final PageSupport support;

    ConsularHandlers(PageSupport support) {
        this.support = support;
    }

    void capacity(Context ctx) {
        String dyad = ctx.pathParam("dyad");
        LocalDate asOf = support.asOf(ctx);
        Frame frame = support.frame(ctx, dyad, "/capacity", "Consular capacity", asOf);
        render(ctx, "capacity.jte", AnalysisPresenter.capacity(frame, support.analyses(ctx, dyad), asOf, query(ctx)));
    }

    void capacityResult(Context ctx) {
        String dyad = ctx.pathParam("dyad");
        LocalDate asOf = support.asOf(ctx);
        Frame frame = support.frame(ctx, dyad, "/capacity", "Consular capacity", asOf);
        AnalysisPages.CapacityPage page = AnalysisPresenter.capacity(frame, support.analyses(ctx, dyad), asOf, query(ctx));
        ctx.header("Cache-Control", "no-store");
        ctx.render("capacity-result.jte", Map.of("result", page.result()));
    }
}
