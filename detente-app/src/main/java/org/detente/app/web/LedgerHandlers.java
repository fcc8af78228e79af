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
        int page = 1;
        try {
            page = param(ctx, "page").isEmpty() ? 1 : Integer.parseInt(param(ctx, "page"));
        } catch (NumberFormatException e) {
            throw new WebException(400, "page '" + param(ctx, "page") + "' is not a whole number");
        }
        render(ctx, "ledger.jte", LedgerPresenter.present(frame, analyses, asOf, filters, page, recorded, notice));
    }
}
