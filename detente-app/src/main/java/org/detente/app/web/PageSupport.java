package org.detente.app.web;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.detente.app.http.ApiException;
import org.detente.app.http.QuestionParams;
import org.detente.app.usecase.Question;
import org.detente.ledger.Entry;
import org.detente.ledger.Retraction;
import org.detente.model.DyadDefinition;
import org.detente.store.access.Principal;

/** What every page request needs: the date asked for, the page frame, who is signed in. */
final class PageSupport {
    /** The pages of a dyad, in the order of the navigation: path suffix and label. */
    static final List<String[]> PAGES = List.of(
            new String[] {"", "Overview"}, new String[] {"/missions", "Missions"},
            new String[] {"/ledger", "Ledger"}, new String[] {"/roadmap", "Roadmap"},
            new String[] {"/comparison", "Comparison"},
            new String[] {"/reciprocity", "Reciprocity"}, new String[] {"/capacity", "Consular capacity"},
            new String[] {"/scenarios", "Scenarios"}, new String[] {"/record", "Record"});

    private final DyadViews views;
    private final Sessions sessions;
    private final Clock clock;

    PageSupport(DyadViews views, Sessions sessions, Clock clock) {
        this.views = views;
        this.sessions = sessions;
        this.clock = clock;
    }

    DyadViews views() {
        return views;
    }

    Sessions sessions() {
        return sessions;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** {@code ?asOf=YYYY-MM-DD}, today when absent; a malformed date is a 400. */
    LocalDate asOf(Context ctx) {
        return shared(() -> QuestionParams.date(ctx, "asOf")).orElseGet(this::today);
    }

    /**
     * {@code ?knownAt=} (an instant, a UTC date-time, or a date for the end of that day), empty when
     * absent or blank: the page then counts everything recorded; a malformed moment is a 400.
     */
    Optional<Instant> knownAt(Context ctx) {
        return shared(() -> QuestionParams.moment(ctx, "knownAt"));
    }

    /** The question of the page: its dyad, {@code ?asOf} (default today) and {@code ?knownAt}, read as the API reads them. */
    Question question(Context ctx, String dyad) {
        return new Question(dyad, asOf(ctx), knownAt(ctx));
    }

    /** The API's reading of a parameter; its refusal becomes the page's 400, worded as the pages word it. */
    private static <T> T shared(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (ApiException e) {
            throw new WebException(e.status(), e.errors().get(0).field() + " " + e.errors().get(0).message());
        }
    }

    /**
     * The page's question and the use cases that answer it; throws UnknownDyadException, or
     * DyadBasis.Unavailable for a dyad without a valid roadmap.
     */
    PageQuestion analyses(Context ctx, String dyad) {
        return new PageQuestion(views.useCases(), question(ctx, dyad));
    }

    Optional<Principal> principal(Context ctx) {
        return sessions.principal(ctx);
    }

    /** The frame of a dyad's page; {@code suffix} is the page's path after {@code /dyads/{dyad}}. */
    Frame frame(Context ctx, String dyad, String suffix, String title, LocalDate asOf) {
        DyadDefinition definition = views.workspace().dyad(dyad).definition();
        List<Entry> entries = views.workspace().dyad(dyad).entries();
        LocalDate first = entries.stream().map(e -> e.occurredOn().date()).min(LocalDate::compareTo)
                .orElse(today()).withDayOfMonth(1);
        LocalDate last = today().isAfter(asOf) ? today() : asOf;
        if (asOf.isBefore(first)) {
            first = asOf;
        }
        String knownAt = knownAt(ctx).map(Instant::toString).orElse("");
        String query = Frame.query(asOf.toString(), knownAt);
        List<Frame.NavLink> nav = new ArrayList<>();
        for (String[] page : PAGES) {
            nav.add(new Frame.NavLink(page[1], "/dyads/" + dyad + page[0] + "?" + query, page[0].equals(suffix)));
        }
        Optional<Principal> who = principal(ctx);
        // The same page of every other dyad, seen as of the same date and moment of knowledge.
        List<Frame.NavLink> dyads = new ArrayList<>();
        for (String other : views.workspace().dyads()) {
            dyads.add(new Frame.NavLink(views.workspace().dyad(other).definition().title(),
                    "/dyads/" + other + suffix + "?" + query, other.equals(dyad)));
        }
        return new Frame(title, dyad, definition.title(), asOf.toString(), knownAt, "/dyads/" + dyad + suffix,
                first.toEpochDay(), last.toEpochDay(), asOf.toEpochDay(), first.toString(), last.toString(), nav,
                who.map(Principal::name).orElse(""), who.map(p -> p.role().code()).orElse(""),
                who.map(p -> p.role().mayWrite()).orElse(false), sessions.of(ctx).csrf(), dyads);
    }

    /** The ids of the entries that a retraction names. */
    static Set<String> retracted(List<Entry> entries) {
        Set<String> ids = new HashSet<>();
        for (Entry entry : entries) {
            if (entry.measure() instanceof Retraction r) {
                ids.add(r.retracts().value());
            }
        }
        return ids;
    }
}
