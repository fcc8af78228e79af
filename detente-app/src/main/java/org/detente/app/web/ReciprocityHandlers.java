package org.detente.app.web;

import static org.detente.app.web.PageRequests.editor;
import static org.detente.app.web.PageRequests.form;
import static org.detente.app.web.PageRequests.param;
import static org.detente.app.web.PageRequests.render;
import static org.detente.app.web.PageRequests.url;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.detente.analysis.ReciprocityRules;
import org.detente.app.service.EventsDesk;
import org.detente.app.service.LedgerService;
import org.detente.events.signals.DyadSeries;
import org.detente.events.suggest.AcceptDetails;
import org.detente.events.suggest.Suggestion;
import org.detente.events.suggest.SuggestionDecisionException;
import org.detente.ledger.InvalidEntriesException;
import org.detente.model.DyadDefinition;
import org.detente.store.access.Principal;

/** Reciprocity and escalation, with the news event data and an editor's decisions on its suggestions. */
final class ReciprocityHandlers {
    private static final int MAX_WINDOW_DAYS = 3650;

    private final PageSupport support;
    private final LedgerService ledger;
    private final EventsDesk events;

    ReciprocityHandlers(PageSupport support, LedgerService ledger, EventsDesk events) {
        this.support = support;
        this.ledger = ledger;
        this.events = events;
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
        AnalysisPages.ReciprocityPage page = AnalysisPresenter.reciprocity(frame, analyses, asOf, window,
                PageRequests.pageNumber(ctx));
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
        Principal by = editor(support, ctx);
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
        Principal by = editor(support, ctx);
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
}
