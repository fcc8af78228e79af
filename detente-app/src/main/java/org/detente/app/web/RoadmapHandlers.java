package org.detente.app.web;

import static org.detente.app.web.PageRequests.render;

import io.javalin.http.Context;
import java.time.LocalDate;
import org.detente.app.service.DyadAnalyses;
import org.detente.app.service.ReferenceForecasts;
import org.detente.app.service.StoreWorkspace;
import org.detente.forecast.ForecastRules;
import org.detente.forecast.RoadmapForecast;

/** The roadmap: goals as a graph, next steps and the critical path. */
final class RoadmapHandlers {
    private final PageSupport support;

    RoadmapHandlers(PageSupport support) {
        this.support = support;
    }

    void roadmap(Context ctx) {
        String dyad = ctx.pathParam("dyad");
        LocalDate asOf = support.asOf(ctx);
        DyadAnalyses analyses = support.analyses(ctx, dyad);
        Frame frame = support.frame(ctx, dyad, "/roadmap", "Roadmap", asOf);
        StoreWorkspace workspace = support.views().workspace();
        // The forecast as pace and simulate forecast give it, through the same public method.
        RoadmapForecast forecast = new ReferenceForecasts(workspace).forecast(analyses, asOf, ForecastRules.DEFAULTS);
        render(ctx, "roadmap.jte", RoadmapPresenter.present(frame, analyses, asOf, forecast,
                other -> workspace.dyad(other.id()).definition().title()));
    }
}
