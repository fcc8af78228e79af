package org.detente.app.web;

import static org.detente.app.web.PageRequests.render;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;

/** The dyad beside the reference cases. */
final class ComparisonHandlers {
    private final PageSupport support;

    ComparisonHandlers(PageSupport support) {
        this.support = support;
    }

    void comparison(Context ctx) {
        String dyad = ctx.pathParam("dyad");
        LocalDate asOf = support.asOf(ctx);
        support.analyses(ctx, dyad); // an unknown dyad or a missing roadmap is a 404, an invalid one a 503 (FailureTable)
        Frame frame = support.frame(ctx, dyad, "/comparison", "Comparison with the reference cases", asOf);
        List<org.detente.forecast.ForecastCase> cases = support.views().useCases().references()
                .cases(support.knownAt(ctx));
        render(ctx, "comparison.jte", ComparisonPresenter.present(frame, dyad, cases, asOf));
    }
}
