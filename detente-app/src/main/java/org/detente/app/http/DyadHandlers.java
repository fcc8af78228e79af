package org.detente.app.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.detente.app.service.DyadLedger;
import org.detente.app.service.StoreWorkspace;
import org.detente.model.DyadDefinition;
import org.detente.store.format.StateShape;

/** The dyads held, and the state of relations of one as of a date. */
final class DyadHandlers {
    /** How many rendered states to keep; the cache is simply emptied when full. */
    private static final int RENDERED_STATES = 512;

    private final StoreWorkspace workspace;
    private final Clock clock;
    private final ObjectMapper mapper;
    private final Map<StateKey, byte[]> rendered = new ConcurrentHashMap<>();

    DyadHandlers(StoreWorkspace workspace, Clock clock, ObjectMapper mapper) {
        this.workspace = workspace;
        this.clock = clock;
        this.mapper = mapper;
    }

    /** {@code GET /api/dyads}. */
    void list(Context ctx) {
        List<Map<String, Object>> dyads = new ArrayList<>();
        for (String id : workspace.dyads()) {
            DyadLedger ledger = workspace.dyad(id);
            DyadDefinition definition = ledger.definition();
            Map<String, Object> dyad = new LinkedHashMap<>();
            dyad.put("id", id);
            Map<String, Object> countries = new LinkedHashMap<>();
            countries.put(definition.dyad().first().code(), definition.nameOf(definition.dyad().first()));
            countries.put(definition.dyad().second().code(), definition.nameOf(definition.dyad().second()));
            dyad.put("countries", countries);
            dyad.put("lastSequence", ledger.lastSequence());
            dyad.put("links", Map.of("state", "/api/dyads/" + id + "/state", "ledger", "/api/dyads/" + id + "/ledger"));
            dyads.add(dyad);
        }
        ctx.json(Map.of("dyads", dyads));
    }

    /**
     * {@code GET /api/dyads/{dyad}/state?asOf&knownAt}: the same shape as {@code detente status --json}.
     * The rendered JSON is cached per ledger version and question, since a state is a pure function
     * of them; a new entry changes the version, so nothing stale is ever served.
     */
    void state(Context ctx) throws JsonProcessingException {
        LocalDate asOf = QuestionParams.date(ctx, "asOf").orElseGet(() -> LocalDate.now(clock));
        Optional<Instant> knownAt = QuestionParams.moment(ctx, "knownAt");
        DyadLedger ledger = workspace.dyad(ctx.pathParam("dyad"));
        long version = ledger.lastSequence();
        StateKey key = new StateKey(ledger.definition().dyad().id(), version, asOf, knownAt);
        byte[] body = rendered.get(key);
        if (body == null) {
            body = mapper.writeValueAsBytes(StateShape.of(ledger.projector().stateAsOf(asOf, knownAt)));
            if (rendered.size() >= RENDERED_STATES) {
                rendered.clear();
            }
            rendered.put(key, body);
        }
        ctx.header("ETag", LedgerHandlers.etag(version)).contentType(ContentType.APPLICATION_JSON).result(body);
    }

    private record StateKey(String dyad, long version, LocalDate asOf, Optional<Instant> knownAt) {
    }
}
