package org.detente.app.web;

import static org.detente.app.web.PageRequests.render;

import io.javalin.http.Context;
import java.time.LocalDate;

/** The overview of a dyad. */
final class OverviewHandlers {
    private final PageSupport support;

    OverviewHandlers(PageSupport support) {
        this.support = support;
    }

    void overview(Context ctx) {
        String dyad = ctx.pathParam("dyad");
        LocalDate asOf = support.asOf(ctx);
        PageQuestion analyses = support.analyses(ctx, dyad);
        Frame frame = support.frame(ctx, dyad, "", "Overview", asOf);
        render(ctx, "overview.jte", OverviewPresenter.present(frame, analyses, asOf));
    }
}
