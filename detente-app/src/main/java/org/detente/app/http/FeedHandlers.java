package org.detente.app.http;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.detente.app.feed.FeedLinks;
import org.detente.app.feed.LedgerAtomFeed;
import org.detente.app.feed.LedgerCalendar;
import org.detente.app.report.EntryWords;
import org.detente.app.service.DyadLedger;
import org.detente.app.service.StoreWorkspace;
import org.detente.state.LedgerView;

/**
 * The feeds that follow a dyad, {@code /dyads/{dyad}/feed.atom} and {@code /dyads/{dyad}/calendar.ics}:
 * reads like the others (open unless reads need a token), taking {@code asOf} (default today) and
 * {@code knownAt} as the state does, so the ledger view has applied knowledge and retraction
 * before a feed sees an entry.
 */
final class FeedHandlers {
    static final String ATOM = "application/atom+xml; charset=utf-8";
    static final String CALENDAR = "text/calendar; charset=utf-8";

    private final StoreWorkspace workspace;
    private final Clock clock;
    private final Optional<String> publicUrl;

    /**
     * Links are absolute under {@code publicUrl} when it is given (behind a proxy the Host header
     * names the proxy's upstream, not the address users reach), else under the request's own
     * scheme and Host.
     */
    FeedHandlers(StoreWorkspace workspace, Clock clock, Optional<String> publicUrl) {
        this.workspace = workspace;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    /** {@code GET /dyads/{dyad}/feed.atom?asOf&knownAt}. */
    void atom(Context ctx) {
        Question question = question(ctx);
        String body = new LedgerAtomFeed(question.view(), question.words(), question.links())
                .write(question.asOf(), selfPath(ctx), question.dyadName());
        ctx.contentType(ATOM).result(body);
    }

    /** {@code GET /dyads/{dyad}/calendar.ics?asOf&knownAt}. */
    void calendar(Context ctx) {
        Question question = question(ctx);
        String body = new LedgerCalendar(question.view(), question.words(), question.links())
                .write(question.asOf(), question.dyadName() + " · détente");
        ctx.contentType(CALENDAR).result(body);
    }

    private Question question(Context ctx) {
        LocalDate asOf = QuestionParams.date(ctx, "asOf").orElseGet(() -> LocalDate.now(clock));
        Optional<Instant> knownAt = QuestionParams.moment(ctx, "knownAt");
        DyadLedger ledger = workspace.dyad(ctx.pathParam("dyad"));
        String dyad = ledger.definition().dyad().id();
        String base = publicUrl.orElseGet(() -> ctx.scheme() + "://" + ctx.host());
        return new Question(asOf, ledger.view(knownAt), new EntryWords(ledger.definition()), new FeedLinks(base, dyad),
                ledger.definition().title());
    }

    private static String selfPath(Context ctx) {
        String query = ctx.queryString();
        return ctx.path() + (query == null || query.isEmpty() ? "" : "?" + query);
    }

    /** What a feed request asks: the date, the ledger as known then, its words, its addresses and its name. */
    private record Question(LocalDate asOf, LedgerView view, EntryWords words, FeedLinks links, String dyadName) {
    }
}
