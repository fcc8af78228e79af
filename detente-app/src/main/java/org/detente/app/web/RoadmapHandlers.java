package org.detente.app.web;

import static org.detente.app.web.PageRequests.render;

import io.javalin.http.Context;
import java.time.LocalDate;
import org.detente.app.service.StoreWorkspace;
import org.detente.app.usecase.ForecastQuery;
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
        PageQuestion analyses = support.analyses(ctx, dyad);
        Frame frame = support.frame(ctx, dyad, "/roadmap", "Roadmap", asOf);
        StoreWorkspace workspace = support.views().workspace();
        // The forecast as pace and simulate forecast give it: the one forecast use case.
        RoadmapForecast forecast = support.views().useCases().forecast()
                .answer(analyses.question(), ForecastQuery.Request.pooled(ForecastRules.DEFAULTS)).reference().orElseThrow();
        render(ctx, "roadmap.jte", RoadmapPresenter.present(frame, analyses, asOf, forecast,
                other -> workspace.dyad(other.id()).definition().title()));
    }
}
