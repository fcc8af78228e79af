package org.detente.app.web;

import static org.detente.app.web.PageRequests.param;
import static org.detente.app.web.PageRequests.render;

import io.javalin.http.Context;
import java.time.LocalDate;

/** The ledger as a filterable timeline. */
final class LedgerHandlers {
    private final PageSupport support;

    LedgerHandlers(PageSupport support) {
        this.support = support;
    }

    void ledger(Context ctx) {
        String dyad = ctx.pathParam("dyad");
        LocalDate asOf = support.asOf(ctx);
        PageQuestion analyses = support.analyses(ctx, dyad);
        Frame frame = support.frame(ctx, dyad, "/ledger", "Ledger and timeline", asOf);
        LedgerPage.Filters filters = new LedgerPage.Filters(param(ctx, "type"), param(ctx, "actor"), param(ctx, "from"),
                param(ctx, "to"), param(ctx, "q"));
        String recorded = param(ctx, "recorded");
        String notice = recorded.isEmpty() ? "" : "Recorded entry " + recorded + ".";
        render(ctx, "ledger.jte", LedgerPresenter.present(frame, analyses, asOf, filters, PageRequests.pageNumber(ctx),
                recorded, notice));
    }
}
