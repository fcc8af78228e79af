package org.detente.app.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.detente.app.service.EventShapes;
import org.detente.app.service.EventsDesk;
import org.detente.app.service.LedgerService;
import org.detente.app.service.StoreWorkspace;
import org.detente.events.suggest.AcceptDetails;
import org.detente.events.suggest.Suggestion;
import org.detente.events.suggest.SuggestionDecisionException;
import org.detente.ledger.Entry;
import org.detente.model.Dyad;

/**
 * News event data of a dyad (docs/events.md): its monthly series per direction, its suggested
 * ledger entries, and an editor's acceptance (with what event data lacks: a count, a channel) or
 * dismissal. The event store is opened per request by {@link EventsDesk}; while an import holds it
 * the answer is a 503 {@code events-busy} with {@code Retry-After}.
 */
final class EventHandlers {
    private static final int RETRY_AFTER_SECONDS = 5;
    private static final int MAX_COUNT = 999_999_999;

    private final EventsDesk desk;
    private final StoreWorkspace workspace;
    private final LedgerService ledger;
    private final ApiSettings settings;
    private final ObjectMapper mapper;

    EventHandlers(EventsDesk desk, StoreWorkspace workspace, LedgerService ledger, ApiSettings settings,
                  ObjectMapper mapper) {
        this.desk = desk;
        this.workspace = workspace;
        this.ledger = ledger;
        this.settings = settings;
        this.mapper = mapper;
    }

    /** {@code GET /api/dyads/{dyad}/events/series?from=YYYY-MM&to=YYYY-MM}. */
    void series(Context ctx) {
        Dyad dyad = workspace.resolve(ctx.pathParam("dyad"));
        Optional<YearMonth> from = month(ctx, "from");
        Optional<YearMonth> to = month(ctx, "to");
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw ApiException.badParameter("from", from.get() + " is after to " + to.get());
        }
        ctx.json(EventShapes.series(busy(() -> desk.series(dyad, from, to)).orElseThrow(() -> noEvents(dyad))));
    }

    /** {@code GET /api/dyads/{dyad}/events/suggestions?status=pending|accepted|dismissed}: every one without status. */
    void suggestions(Context ctx) {
        Dyad dyad = workspace.resolve(ctx.pathParam("dyad"));
        Optional<Suggestion.Status> status = Params.text(ctx, "status").map(text -> {
            try {
                return Suggestion.Status.valueOf(text.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ApiException.badParameter("status", "'" + text + "' is not one of pending, accepted, dismissed");
            }
        });
        List<Suggestion> all = busy(() -> desk.suggestions(dyad)).orElse(List.of());
        ctx.json(EventShapes.suggestions(dyad.id(), all.stream()
                .filter(s -> status.map(wanted -> s.status() == wanted).orElse(true)).toList()));
    }

    /**
     * {@code POST /api/dyads/{dyad}/events/suggestions/{id}/acceptance} with {@code {"count": N}}
     * for an expulsion or {@code {"channel": "ID"}} for reduced relations ({@code {}} otherwise):
     * 201 with the ledger entry it became.
     */
    void accept(Context ctx) {
        Dyad dyad = workspace.resolve(ctx.pathParam("dyad"));
        String id = ctx.pathParam("id");
        AcceptDetails details = details(Bodies.read(ctx, settings.maxBodyBytes()));
        Entry stored = decided(() -> desk.accept(dyad, id, details, AccessGuard.principal(ctx), ledger));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", id);
        answer.put("status", "accepted");
        answer.put("entryId", stored.id().value());
        answer.put("sequence", stored.sequence());
        answer.put("type", stored.type().code());
        ctx.status(201);
        ctx.header("Location", "/api/dyads/" + dyad.id() + "/ledger/" + stored.id().value());
        ctx.json(answer);
    }

    /** {@code POST /api/dyads/{dyad}/events/suggestions/{id}/dismissal}: 200 with the decision. */
    void dismiss(Context ctx) {
        Dyad dyad = workspace.resolve(ctx.pathParam("dyad"));
        String id = ctx.pathParam("id");
        decided(() -> {
            desk.dismiss(dyad, id, AccessGuard.principal(ctx));
            return null;
        });
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", id);
        answer.put("status", "dismissed");
        answer.put("entryId", null);
        ctx.json(answer);
    }

    private AcceptDetails details(String body) {
        if (body.isBlank()) {
            return AcceptDetails.none();
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "malformed-json", "The body is not well-formed JSON",
                    "the body is not JSON: " + e.getOriginalMessage(),
                    List.of(new FieldError("body", e.getOriginalMessage(), e.getLocation() == null ? null
                            : e.getLocation().getLineNr())));
        }
        if (tree == null || !tree.isObject()) {
            throw ApiException.invalidBody(List.of(FieldError.of("body", "must be an object such as {\"count\": 3}")));
        }
        List<FieldError> errors = new ArrayList<>();
        for (Iterator<String> names = tree.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("count") && !name.equals("channel")) {
                errors.add(FieldError.of(name, "is not a field of an acceptance (count, channel)"));
            }
        }
        OptionalInt count = OptionalInt.empty();
        JsonNode countNode = tree.get("count");
        if (countNode != null && !countNode.isNull()) {
            if (!countNode.canConvertToInt() || !countNode.isIntegralNumber() || countNode.intValue() < 1
                    || countNode.intValue() > MAX_COUNT) {
                errors.add(FieldError.of("count", "must be a whole number of people from 1 to " + MAX_COUNT + ", got "
                        + countNode));
            } else {
                count = OptionalInt.of(countNode.intValue());
            }
        }
        Optional<String> channel = Optional.empty();
        JsonNode channelNode = tree.get("channel");
        if (channelNode != null && !channelNode.isNull()) {
            if (!channelNode.isTextual() || channelNode.textValue().isBlank()) {
                errors.add(FieldError.of("channel", "must be the id of one of the dyad's channels, got " + channelNode));
            } else {
                channel = Optional.of(channelNode.textValue().trim());
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalidBody(errors);
        }
        return new AcceptDetails(count, channel);
    }

    private static <T> T decided(java.util.function.Supplier<T> decision) {
        try {
            return busy(decision);
        } catch (SuggestionDecisionException e) {
            throw switch (e.reason()) {
                case UNKNOWN -> new ApiException(404, "unknown-suggestion", "No such suggestion", e.getMessage(),
                        List.of(FieldError.of("id", e.getMessage())));
                case ALREADY_DECIDED -> new ApiException(409, "already-decided", "The suggestion is already decided",
                        e.getMessage(), List.of(FieldError.of("id", e.getMessage())));
                case DETAIL_MISSING -> new ApiException(422, "detail-missing",
                        "The acceptance lacks a detail event data does not give", e.getMessage(),
                        List.of(FieldError.of(e.getMessage().contains("channel") ? "channel" : "count", e.getMessage())));
                case UNSOURCED -> new ApiException(422, "unsourced-suggestion", "The suggestion cannot be sourced",
                        e.getMessage(), List.of(FieldError.of("id", e.getMessage())));
            };
        }
    }

    private static <T> T busy(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (EventsDesk.Busy e) {
            throw new ApiException(503, "events-busy", "The event store is busy", e.getMessage(), List.of(),
                    Map.of("Retry-After", String.valueOf(RETRY_AFTER_SECONDS)));
        }
    }

    private static ApiException noEvents(Dyad dyad) {
        return new ApiException(404, "no-events", "No events of the dyad",
                "no events of " + dyad + " have been imported (detente events import FILE...); give from and to "
                        + "for a series of empty months", List.of());
    }

    private static Optional<YearMonth> month(Context ctx, String name) {
        return Params.text(ctx, name).map(text -> {
            try {
                return YearMonth.parse(text);
            } catch (DateTimeParseException e) {
                throw ApiException.badParameter(name, "'" + text + "' is not a month (YYYY-MM)");
            }
        });
    }
}
