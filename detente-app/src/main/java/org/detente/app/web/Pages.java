package org.detente.app.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.detente.analysis.ReciprocityRules;
import org.detente.app.service.AlreadyRetractedException;
import org.detente.app.service.DyadLedger;
import org.detente.app.service.EventsDesk;
import org.detente.app.service.LedgerService;
import org.detente.app.service.UnknownEntryException;
import org.detente.events.signals.DyadSeries;
import org.detente.events.suggest.AcceptDetails;
import org.detente.events.suggest.Suggestion;
import org.detente.events.suggest.SuggestionDecisionException;
import org.detente.ledger.ConcurrencyConflictException;
import org.detente.ledger.Entry;
import org.detente.ledger.InvalidEntriesException;
import org.detente.ledger.MeasureType;
import org.detente.ledger.Problem;
import org.detente.model.DyadDefinition;
import org.detente.store.format.EntryCodec;
import org.detente.store.format.FormatProblem;
import org.detente.store.format.Tree;
import org.detente.store.jdbc.Principal;

/** The handlers of the pages: each parses the request, asks a presenter for the view-model, and renders it. */
final class Pages {
    private static final int MAX_WINDOW_DAYS = 3650;

    private final PageSupport support;
    private final LedgerService ledger;
    private final EventsDesk events;

    Pages(PageSupport support, LedgerService ledger, EventsDesk events) {
        this.support = support;
        this.ledger = ledger;
        this.events = events;
    }

    void overview(Context ctx) {
        String dyad = ctx.pathParam("dyad");
        LocalDate asOf = support.asOf(ctx);
        PageQuestion analyses = support.analyses(ctx, dyad);
        Frame frame = support.frame(ctx, dyad, "", "Overview", asOf);
        render(ctx, "overview.jte", OverviewPresenter.present(frame, analyses, asOf));
    }

    void missions(Context ctx) {
        String dyad = ctx.pathParam("dyad");
        LocalDate asOf = support.asOf(ctx);
        Frame frame = support.frame(ctx, dyad, "/missions", "Missions and staff", asOf);
        render(ctx, "missions.jte", MissionsPresenter.present(frame, support.views().workspace().dyad(dyad), asOf,
                support.knownAt(ctx)));
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

    void roadmap(Context ctx) {
        String dyad = ctx.pathParam("dyad");
        LocalDate asOf = support.asOf(ctx);
        PageQuestion analyses = support.analyses(ctx, dyad);
        Frame frame = support.frame(ctx, dyad, "/roadmap", "Roadmap", asOf);
        render(ctx, "roadmap.jte", RoadmapPresenter.present(frame, analyses, asOf));
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

    void reciprocity(Context ctx) {
        String dyad = ctx.pathParam("dyad");
        LocalDate asOf = support.asOf(ctx);
        int window = ReciprocityRules.DEFAULT.windowDays();
        String given = param(ctx, "windowDays");
        if (!given.isEmpty()) {
            try {
                window = Integer.parseInt(given);
            } catch (NumberFormatException e) {
                window = -1;
            }
            if (window < 0 || window > MAX_WINDOW_DAYS) {
                throw new WebException(400, "windowDays '" + given + "' must be a whole number from 0 to " + MAX_WINDOW_DAYS);
            }
        }
        String decided = param(ctx, "decided");
        renderReciprocity(ctx, dyad, asOf, window, decided.isEmpty() ? "" : "Decided suggestion " + decided + ".", "");
    }

    private void renderReciprocity(Context ctx, String dyad, LocalDate asOf, int window, String notice, String error) {
        Frame frame = support.frame(ctx, dyad, "/reciprocity", "Reciprocity and escalation", asOf);
        PageQuestion analyses = support.analyses(ctx, dyad);
        AnalysisPages.ReciprocityPage page = AnalysisPresenter.reciprocity(frame, analyses, asOf, window);
        DyadDefinition definition = analyses.ledger().definition();
        AnalysisPages.EventsPanel panel;
        try {
            Optional<DyadSeries> series = events.series(definition.dyad(), Optional.empty(), Optional.empty());
            List<Suggestion> suggestions = series.isEmpty() ? List.of()
                    : events.suggestions(definition.dyad()).orElse(List.of());
            panel = EventsPresenter.present(definition, series, suggestions,
                    analyses.reciprocityAsOf(asOf, window).escalation(), notice, error);
        } catch (EventsDesk.Busy e) {
            panel = new AnalysisPages.EventsPanel(false, e.getMessage(), "", "", List.of(), List.of(), notice, error);
        }
        render(ctx, "reciprocity.jte", page.withEvents(panel));
    }

    /** An editor accepts a suggestion, giving the count or channel event data lacks. */
    void acceptSuggestion(Context ctx) {
        String dyad = ctx.pathParam("dyad");
        Principal by = editor(ctx);
        String id = ctx.pathParam("id");
        Map<String, String> form = form(ctx);
        String countText = form.getOrDefault("count", "").trim();
        String channel = form.getOrDefault("channel", "").trim();
        OptionalInt count = OptionalInt.empty();
        if (!countText.isEmpty()) {
            try {
                count = OptionalInt.of(Integer.parseInt(countText));
            } catch (NumberFormatException e) {
                decisionFailed(ctx, dyad, 422, "count '" + countText + "' is not a whole number of people");
                return;
            }
            if (count.getAsInt() < 1) {
                decisionFailed(ctx, dyad, 422, "count must be at least 1, got " + countText);
                return;
            }
        }
        AcceptDetails details = new AcceptDetails(count, channel.isEmpty() ? Optional.empty() : Optional.of(channel));
        decide(ctx, dyad, id, () -> events.accept(support.views().workspace().resolve(dyad), id, details, by, ledger));
    }

    /** An editor dismisses a suggestion. */
    void dismissSuggestion(Context ctx) {
        String dyad = ctx.pathParam("dyad");
        Principal by = editor(ctx);
        String id = ctx.pathParam("id");
        decide(ctx, dyad, id, () -> {
            events.dismiss(support.views().workspace().resolve(dyad), id, by);
            return null;
        });
    }

    private void decide(Context ctx, String dyad, String id, java.util.function.Supplier<?> decision) {
        try {
            decision.get();
            ctx.redirect("/dyads/" + dyad + "/reciprocity?decided=" + url(id) + "#events", HttpStatus.SEE_OTHER);
        } catch (SuggestionDecisionException e) {
            int status = switch (e.reason()) {
                case UNKNOWN -> 404;
                case ALREADY_DECIDED -> 409;
                case DETAIL_MISSING, UNSOURCED -> 422;
            };
            decisionFailed(ctx, dyad, status, e.getMessage());
        } catch (InvalidEntriesException e) {
            decisionFailed(ctx, dyad, 422, "the ledger refuses " + id + ": " + e.getMessage());
        } catch (EventsDesk.Busy e) {
            decisionFailed(ctx, dyad, 503, e.getMessage());
        }
    }

    private void decisionFailed(Context ctx, String dyad, int status, String message) {
        ctx.status(status);
        renderReciprocity(ctx, dyad, support.asOf(ctx), ReciprocityRules.DEFAULT.windowDays(), "", message);
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

    private static String formParam(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value;
    }

    private static Map<String, String> query(Context ctx) {
        Map<String, String> query = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((k, v) -> {
            if (!v.isEmpty()) {
                query.put(k, v.get(0));
            }
        });
        return query;
    }

    void record(Context ctx) {
        String dyad = ctx.pathParam("dyad");
        renderRecord(ctx, dyad, param(ctx, "type"), Map.of(), Map.of(), Map.of(), Map.of());
    }

    void recordFields(Context ctx) {
        String dyad = ctx.pathParam("dyad");
        LocalDate asOf = support.asOf(ctx);
        Frame frame = support.frame(ctx, dyad, "/record", "Record a development", asOf);
        DyadLedger ledger = support.views().workspace().dyad(dyad);
        render(ctx, "record-fields.jte", RecordPresenter.present(frame, ledger.definition(), List.of(), param(ctx, "type"),
                Map.of(), Map.of(), Map.of(), Map.of(), true, ""));
    }

    void append(Context ctx) {
        String dyad = ctx.pathParam("dyad");
        Principal by = editor(ctx);
        DyadLedger ledger = support.views().workspace().dyad(dyad);
        Map<String, String> form = form(ctx);
        String typeCode = form.getOrDefault("type", "");
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<MeasureType> type = RecordPresenter.type(typeCode);
        if (type.isEmpty()) {
            errors.put("type", "'" + typeCode + "' is not a type of entry");
        } else {
            List<FormatProblem> problems = new ArrayList<>();
            Tree document = RecordPresenter.document(type.get(), form, ledger.definition());
            Optional<Entry> entry = EntryCodec.decode(document, ledger.definition().dyad(), EntryCodec.Mode.REQUEST,
                    by.name(), "", "", problems);
            problems.forEach(p -> errors.putIfAbsent(p.field().isEmpty() ? "type" : p.field(), p.message()));
            if (entry.isPresent() && errors.isEmpty()) {
                try {
                    Entry stored = this.ledger.append(dyad, entry.get(), OptionalLong.empty(), by);
                    ctx.redirect("/dyads/" + dyad + "/ledger?recorded=" + url(stored.id().value()) + "#"
                            + stored.id().value(), HttpStatus.SEE_OTHER);
                    return;
                } catch (InvalidEntriesException e) {
                    for (Problem problem : e.problems()) {
                        errors.putIfAbsent(problem.field().isEmpty() ? "type" : problem.field(), problem.message());
                    }
                } catch (ConcurrencyConflictException e) {
                    errors.put("type", "the ledger changed while recording; send the form again");
                }
            }
        }
        ctx.status(422);
        renderRecord(ctx, dyad, typeCode, form, errors, Map.of(), Map.of());
    }

    void retract(Context ctx) {
        String dyad = ctx.pathParam("dyad");
        Principal by = editor(ctx);
        Map<String, String> form = form(ctx);
        String id = form.getOrDefault("retracts", "").trim();
        String reason = form.getOrDefault("reason", "").trim();
        Map<String, String> errors = new LinkedHashMap<>();
        if (id.isEmpty()) {
            errors.put("retracts", "is required: the id of the entry to retract");
        }
        if (reason.isEmpty()) {
            errors.put("reason", "is required: say why the entry is wrong");
        }
        if (errors.isEmpty()) {
            try {
                Entry stored = ledger.retract(dyad, id, reason, Optional.empty(), OptionalLong.empty(), by);
                ctx.redirect("/dyads/" + dyad + "/ledger?recorded=" + url(stored.id().value()) + "#" + url(id),
                        HttpStatus.SEE_OTHER);
                return;
            } catch (UnknownEntryException e) {
                errors.put("retracts", "no entry '" + id + "' in this ledger");
            } catch (AlreadyRetractedException e) {
                errors.put("retracts", e.getMessage());
            } catch (InvalidEntriesException e) {
                e.problems().forEach(p -> errors.putIfAbsent("retracts", p.message()));
            } catch (ConcurrencyConflictException e) {
                errors.put("retracts", "the ledger changed while retracting; send the form again");
            }
        }
        ctx.status(422);
        renderRecord(ctx, dyad, "", Map.of(), Map.of(), form, errors);
    }

    void signInPage(Context ctx) {
        renderSignIn(ctx, param(ctx, "next"), "");
    }

    void signIn(Context ctx) {
        String token = ctx.formParam("token");
        String next = safeNext(ctx.formParam("next"));
        if (token == null || token.isBlank() || support.sessions().signIn(ctx, token.trim()).isEmpty()) {
            ctx.status(401);
            renderSignIn(ctx, next, "This token is not valid (unknown, revoked, or mistyped).");
            return;
        }
        ctx.redirect(next, HttpStatus.SEE_OTHER);
    }

    void signOut(Context ctx) {
        support.sessions().signOut(ctx);
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    private void renderSignIn(Context ctx, String next, String error) {
        String dyad = support.views().workspace().defaultDyad().orElseThrow(() -> new WebException(404,
                "no dyad is held"));
        Frame frame = support.frame(ctx, dyad, "", "Sign in", support.asOf(ctx));
        render(ctx, "signin.jte", new SignInPage(frame, safeNext(next), error));
    }

    private void renderRecord(Context ctx, String dyad, String type, Map<String, String> values,
                              Map<String, String> errors, Map<String, String> retractValues,
                              Map<String, String> retractErrors) {
        LocalDate asOf = support.asOf(ctx);
        Frame frame = support.frame(ctx, dyad, "/record", "Record a development", asOf);
        DyadLedger ledger = support.views().workspace().dyad(dyad);
        Optional<Principal> who = support.principal(ctx);
        boolean allowed = who.map(p -> p.role().mayWrite()).orElse(false);
        String reason = who.isEmpty() ? "Recording needs a sign-in with the role editor or admin."
                : who.get().name() + " has the role " + who.get().role().code() + "; recording needs editor or admin.";
        render(ctx, "record.jte", RecordPresenter.present(frame, ledger.definition(), ledger.entries(), type, values,
                errors, retractValues, retractErrors, allowed, allowed ? "" : reason));
    }

    private Principal editor(Context ctx) {
        Principal by = support.principal(ctx).orElseThrow(() -> new WebException(401,
                "Recording needs a sign-in with the role editor or admin."));
        if (!by.role().mayWrite()) {
            throw new WebException(403, by.name() + " has the role " + by.role().code() + "; recording needs editor or admin.");
        }
        return by;
    }

    private static Map<String, String> form(Context ctx) {
        Map<String, String> form = new LinkedHashMap<>();
        ctx.formParamMap().forEach((k, v) -> {
            if (!v.isEmpty() && !k.equals("_csrf")) {
                form.put(k, v.get(0));
            }
        });
        return form;
    }

    /**
     * {@code next} when it is a path of this application, else "/". Parsed rather than pattern-matched:
     * browsers drop tabs and line breaks and read a backslash as a slash, so "/\t/evil.example" would
     * leave the site; any control character, space or backslash, a scheme, an authority or a path
     * that does not start with a single "/" is refused.
     */
    static String safeNext(String next) {
        if (next == null || next.isEmpty() || next.chars().anyMatch(c -> c <= 0x20 || c == 0x7f || c == '\\')) {
            return "/";
        }
        try {
            java.net.URI uri = new java.net.URI(next);
            String path = uri.getRawPath();
            boolean local = uri.getScheme() == null && uri.getRawAuthority() == null && path != null
                    && path.startsWith("/") && !path.startsWith("//") && uri.getRawFragment() == null;
            return local ? path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) : "/";
        } catch (java.net.URISyntaxException notAUri) {
            return "/";
        }
    }

    static String url(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
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
