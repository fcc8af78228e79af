package org.detente.app.web;

import static org.detente.app.web.PageRequests.form;
import static org.detente.app.web.PageRequests.formParam;
import static org.detente.app.web.PageRequests.render;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The scenario composer: compose, evaluate and export what-if scenarios. */
final class ScenarioHandlers {
    private final PageSupport support;

    ScenarioHandlers(PageSupport support) {
        this.support = support;
    }

    void scenarios(Context ctx) {
        String dyad = ctx.pathParam("dyad");
        LocalDate asOf = support.asOf(ctx);
        renderScenarios(ctx, dyad, asOf, ScenarioPresenter.Composition.start(asOf), "", false, null);
    }

    /**
     * A post of the composer: {@code action} add (the drafted entry), quick (a quick step), or
     * evaluate (the default); {@code remove} with an entry's number removes it. A post with a
     * {@code document} evaluates that scenario document instead (the advanced box); under htmx it
     * answers with the result alone.
     */
    void evaluateScenario(Context ctx) {
        String dyad = ctx.pathParam("dyad");
        LocalDate asOf = support.asOf(ctx);
        PageQuestion analyses = support.analyses(ctx, dyad);
        String document = ctx.formParam("document");
        ScenarioPresenter.Composition composition = composition(ctx, asOf);
        if (document != null) {
            AnalysisPages.ScenarioResultView result = ScenarioPresenter.evaluate(analyses, document);
            if ("true".equals(ctx.header("HX-Request"))) {
                ctx.header("Cache-Control", "no-store");
                ctx.render("scenario-result.jte", Map.of("result", result));
                return;
            }
            renderScenarios(ctx, dyad, asOf, composition, document, true, result);
            return;
        }
        String remove = ctx.formParam("remove");
        String action = formParam(ctx, "action");
        AnalysisPages.ScenarioResultView result = null;
        if (remove != null) {
            composition = ScenarioPresenter.remove(composition, remove, analyses);
        } else if (action.equals("add")) {
            composition = ScenarioPresenter.add(analyses, composition);
        } else if (action.equals("quick")) {
            composition = ScenarioPresenter.addQuick(analyses, composition, formParam(ctx, "quick"));
        } else {
            result = ScenarioPresenter.evaluate(analyses, composition);
        }
        renderScenarios(ctx, dyad, asOf, composition, "", false, result);
    }

    void exportScenario(Context ctx) {
        String dyad = ctx.pathParam("dyad");
        LocalDate asOf = support.asOf(ctx);
        String document = ctx.formParam("document");
        ScenarioPresenter.Composition composition = composition(ctx, asOf);
        if (document == null) {
            document = ScenarioPresenter.yaml(composition, support.analyses(ctx, dyad));
        }
        String file = composition.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        ctx.header("Content-Disposition", "attachment; filename=\"" + (file.isEmpty() ? "scenario" : file) + ".yaml\"");
        ctx.contentType("application/yaml; charset=utf-8").result(document);
    }

    private static ScenarioPresenter.Composition composition(Context ctx, LocalDate asOf) {
        Map<String, String> draft = form(ctx);
        for (String own : List.of("name", "scenarioAsOf", "officers", "localStaff", "entry", "action", "remove", "quick",
                "document")) {
            draft.remove(own);
        }
        String name = ctx.formParam("name");
        String date = ctx.formParam("scenarioAsOf");
        return new ScenarioPresenter.Composition(name == null ? "What if" : name.trim(),
                date == null || date.isBlank() ? asOf.toString() : date.trim(), formParam(ctx, "officers"),
                formParam(ctx, "localStaff"), ctx.formParams("entry"), draft, Map.of(), "");
    }

    private void renderScenarios(Context ctx, String dyad, LocalDate asOf, ScenarioPresenter.Composition composition,
                                 String document, boolean advanced, AnalysisPages.ScenarioResultView result) {
        PageQuestion analyses = support.analyses(ctx, dyad);
        Frame frame = support.frame(ctx, dyad, "/scenarios", "Scenarios", asOf);
        render(ctx, "scenarios.jte", ScenarioPresenter.page(frame, analyses, composition, document, advanced, result));
    }
}
