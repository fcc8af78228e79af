package org.detente.app.http;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.detente.app.report.EntryWords;
import org.detente.app.service.DyadLedger;
import org.detente.app.service.LedgerService;
import org.detente.app.service.StoreWorkspace;
import org.detente.app.service.UnknownEntryException;
import org.detente.ledger.Entry;
import org.detente.ledger.InvalidEntriesException;
import org.detente.ledger.MeasureType;
import org.detente.model.Country;
import org.detente.model.Dyad;
import org.detente.model.Source;
import org.detente.store.access.Principal;
import org.detente.store.format.EntryCodec;
import org.detente.store.format.FieldReader;
import org.detente.store.format.FormatProblem;
import org.detente.store.format.SourceCodec;
import org.detente.store.format.Tree;
import org.detente.store.format.TreeParser;

/** The ledger of a dyad: listing by sequence with filters and a cursor, one entry, appends and retractions. */
final class LedgerHandlers {
    private final StoreWorkspace workspace;
    private final LedgerService ledger;
    private final ApiSettings settings;

    LedgerHandlers(StoreWorkspace workspace, LedgerService ledger, ApiSettings settings) {
        this.workspace = workspace;
        this.ledger = ledger;
        this.settings = settings;
    }

    /** {@code GET /api/dyads/{dyad}/ledger?from&to&type&actor&after&limit}. */
    void list(Context ctx) {
        String dyadId = ctx.pathParam("dyad");
        Dyad dyad = workspace.resolve(dyadId);
        Optional<LocalDate> from = QuestionParams.date(ctx, "from");
        Optional<LocalDate> to = QuestionParams.date(ctx, "to");
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw ApiException.badParameter("from", from.get() + " is after to " + to.get());
        }
        Optional<MeasureType> type = Params.text(ctx, "type").map(code -> MeasureType.fromCode(code).orElseThrow(() ->
                ApiException.badParameter("type", "'" + code + "' is not a measure type (one of "
                        + MeasureType.allCodes() + ")")));
        Optional<Country> actor = Params.text(ctx, "actor").map(code -> {
            Country country;
            try {
                country = Country.of(code.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ApiException.badParameter("actor", e.getMessage());
            }
            if (!dyad.includes(country)) {
                throw ApiException.badParameter("actor", country + " is not a party of " + dyad);
            }
            return country;
        });
        long after = Params.number(ctx, "after", 0, Long.MAX_VALUE, 0);
        int limit = (int) Params.number(ctx, "limit", 1, settings.maxPageSize(), settings.defaultPageSize());

        DyadLedger ledger = workspace.dyad(dyadId);
        EntryWords words = new EntryWords(ledger.definition());
        List<Entry> entries = ledger.entries();
        List<Map<String, Object>> page = new ArrayList<>();
        Long next = null;
        long lastInPage = after;
        for (int i = firstAfter(entries, after); i < entries.size(); i++) {
            Entry e = entries.get(i);
            boolean wanted = from.map(d -> !e.occurredOn().date().isBefore(d)).orElse(true)
                    && to.map(d -> !e.occurredOn().date().isAfter(d)).orElse(true)
                    && type.map(t -> e.type() == t).orElse(true)
                    && actor.map(a -> e.actor().equals(a)).orElse(true);
            if (!wanted) {
                continue;
            }
            if (page.size() == limit) {
                next = lastInPage;
                break;
            }
            page.add(words.shape(e));
            lastInPage = e.sequence();
        }
        long last = ledger.lastSequence();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("dyad", dyad.id());
        body.put("lastSequence", last);
        body.put("count", page.size());
        body.put("entries", page);
        body.put("next", next);
        ctx.header("ETag", etag(last)).json(body);
    }

    /** {@code GET /api/dyads/{dyad}/ledger/{entryId}}. */
    void one(Context ctx) {
        String dyadId = ctx.pathParam("dyad");
        String entryId = ctx.pathParam("entryId");
        workspace.resolve(dyadId);
        Entry entry = workspace.entry(dyadId, entryId).orElseThrow(() -> new UnknownEntryException(dyadId, entryId));
        ctx.json(new EntryWords(workspace.dyad(dyadId).definition()).shape(entry));
    }

    /** {@code POST /api/dyads/{dyad}/ledger}: one entry, recorded now by the caller. */
    void append(Context ctx) {
        Principal by = AccessGuard.principal(ctx);
        OptionalLong expected = Params.ifMatch(ctx);
        Dyad dyad = ledger.dyad(ctx.pathParam("dyad"));
        Tree body = TreeParser.strictJson(Bodies.read(ctx, settings.maxBodyBytes()));
        List<FormatProblem> problems = new ArrayList<>();
        Optional<Entry> entry = EntryCodec.decode(body, dyad, EntryCodec.Mode.REQUEST, by.name(), "", "", problems);
        if (entry.isEmpty()) {
            throw ApiException.invalidBody(fieldErrors(problems));
        }
        Entry stored;
        try {
            stored = ledger.append(dyad.id(), entry.get(), expected, by);
        } catch (InvalidEntriesException e) {
            throw ProblemResponses.rejected(e.problems(), body);
        }
        created(ctx, dyad, stored);
    }

    /** {@code POST /api/dyads/{dyad}/ledger/{entryId}/retraction} with {@code {"reason": ..., "sources": [...]}}. */
    void retract(Context ctx) {
        Principal by = AccessGuard.principal(ctx);
        OptionalLong expected = Params.ifMatch(ctx);
        Dyad dyad = ledger.dyad(ctx.pathParam("dyad"));
        String entryId = ctx.pathParam("entryId");
        Tree body = TreeParser.strictJson(Bodies.read(ctx, settings.maxBodyBytes()));
        List<FormatProblem> problems = new ArrayList<>();
        FieldReader in = FieldReader.of(body, "", "", problems);
        String reason = null;
        List<Source> sources = null;
        if (in != null) {
            in.rejectUnknown(Set.of("reason", "sources"));
            reason = in.text("reason", true);
            sources = in.has("sources") ? SourceCodec.decodeAll(in, "sources", problems) : null;
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalidBody(fieldErrors(problems));
        }
        Entry stored;
        try {
            stored = ledger.retract(dyad.id(), entryId, reason, Optional.ofNullable(sources), expected, by);
        } catch (InvalidEntriesException e) {
            throw ProblemResponses.rejected(e.problems(), body);
        }
        created(ctx, dyad, stored);
    }

    private static void created(Context ctx, Dyad dyad, Entry stored) {
        ctx.status(201)
                .header("Location", "/api/dyads/" + dyad.id() + "/ledger/" + stored.id().value())
                .header("ETag", etag(stored.sequence()))
                .json(EntryCodec.encode(stored, true));
    }

    static List<FieldError> fieldErrors(List<FormatProblem> problems) {
        List<FieldError> errors = new ArrayList<>();
        for (FormatProblem problem : problems) {
            errors.add(new FieldError(problem.field(), problem.message(), problem.line()));
        }
        if (errors.isEmpty()) {
            errors.add(FieldError.of("", "the entry could not be read"));
        }
        return errors;
    }

    static String etag(long sequence) {
        return "\"" + sequence + "\"";
    }

    /** The index of the first entry whose sequence is greater than {@code after} (entries are in sequence order). */
    private static int firstAfter(List<Entry> entries, long after) {
        int low = 0;
        int high = entries.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (entries.get(mid).sequence() <= after) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
