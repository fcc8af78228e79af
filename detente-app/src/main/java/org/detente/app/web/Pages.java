package org.detente.app.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Map;
import org.detente.app.service.DyadAnalyses;
import org.detente.app.service.LedgerService;

/** The handlers of the pages: each parses the request, asks a presenter for the view-model, and renders it. */
final class Pages {
    private final PageSupport support;
    private final LedgerService ledger;

    Pages(PageSupport support, LedgerService ledger) {
        this.support = support;
        this.ledger = ledger;
    }

    void overview(Context ctx) {
        String dyad = ctx.pathParam("dyad");
        LocalDate asOf = support.asOf(ctx);
        DyadAnalyses analyses = support.views().analyses(dyad);
        Frame frame = support.frame(ctx, dyad, "", "Overview", asOf);
        render(ctx, "overview.jte", OverviewPresenter.present(frame, analyses, asOf));
    }

    void missions(Context ctx) {
        String dyad = ctx.pathParam("dyad");
        LocalDate asOf = support.asOf(ctx);
        Frame frame = support.frame(ctx, dyad, "/missions", "Missions and staff", asOf);
        render(ctx, "missions.jte", MissionsPresenter.present(frame, support.views().workspace().dyad(dyad), asOf));
    }

    void ledger(Context ctx) {
        String dyad = ctx.pathParam("dyad");
        LocalDate asOf = support.asOf(ctx);
        DyadAnalyses analyses = support.views().analyses(dyad);
        Frame frame = support.frame(ctx, dyad, "/ledger", "Ledger and timeline", asOf);
        LedgerPage.Filters filters = new LedgerPage.Filters(param(ctx, "type"), param(ctx, "actor"), param(ctx, "from"),
                param(ctx, "to"), param(ctx, "q"));
        String recorded = param(ctx, "recorded");
        String notice = recorded.isEmpty() ? "" : "Recorded entry " + recorded + ".";
        render(ctx, "ledger.jte", LedgerPresenter.present(frame, analyses, asOf, filters, notice));
    }

    void roadmap(Context ctx) {
        String dyad = ctx.pathParam("dyad");
        LocalDate asOf = support.asOf(ctx);
        DyadAnalyses analyses = support.views().analyses(dyad);
        Frame frame = support.frame(ctx, dyad, "/roadmap", "Roadmap", asOf);
        render(ctx, "roadmap.jte", RoadmapPresenter.present(frame, analyses, asOf));
    }

    void reciprocity(Context ctx) {
        throw new WebException(501, "not yet");
    }

    void capacity(Context ctx) {
        throw new WebException(501, "not yet");
    }

    void capacityResult(Context ctx) {
        throw new WebException(501, "not yet");
    }

    void scenarios(Context ctx) {
        throw new WebException(501, "not yet");
    }

    void evaluateScenario(Context ctx) {
        throw new WebException(501, "not yet");
    }

    void exportScenario(Context ctx) {
        throw new WebException(501, "not yet");
    }

    void record(Context ctx) {
        throw new WebException(501, "not yet");
    }

    void recordFields(Context ctx) {
        throw new WebException(501, "not yet");
    }

    void append(Context ctx) {
        throw new WebException(501, "not yet");
    }

    void retract(Context ctx) {
        throw new WebException(501, "not yet");
    }

    void signInPage(Context ctx) {
        throw new WebException(501, "not yet");
    }

    void signIn(Context ctx) {
        throw new WebException(501, "not yet");
    }

    void signOut(Context ctx) {
        throw new WebException(501, "not yet");
    }

    static String param(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null ? "" : value.trim();
    }

    static void render(Context ctx, String template, Object page) {
        ctx.header("Cache-Control", "no-store");
        ctx.render(template, Map.of("page", page));
    }
}
