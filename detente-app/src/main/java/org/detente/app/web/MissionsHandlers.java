package org.detente.app.web;

import static org.detente.app.web.PageRequests.render;

import io.javalin.http.Context;
import java.time.LocalDate;

/** The missions and their staff over time. */
final class MissionsHandlers {
    private final PageSupport support;

    MissionsHandlers(PageSupport support) {
        this.support = support;
    }

    void missions(Context ctx) {
        String dyad = ctx.pathParam("dyad");
        LocalDate asOf = support.asOf(ctx);
        Frame frame = support.frame(ctx, dyad, "/missions", "Missions and staff", asOf);
        render(ctx, "missions.jte", MissionsPresenter.present(frame, support.views().workspace().dyad(dyad), asOf,
                support.knownAt(ctx)));
    }
}
