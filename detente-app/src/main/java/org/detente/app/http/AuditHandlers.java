package org.detente.app.http;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.detente.app.service.Auditor;
import org.detente.store.audit.AuditEvent;

/** {@code GET /api/audit?limit}: the most recent writes, newest first, for an admin. */
final class AuditHandlers {
    private final Auditor auditor;
    private final ApiSettings settings;

    AuditHandlers(Auditor auditor, ApiSettings settings) {
        this.auditor = auditor;
        this.settings = settings;
    }

    void recent(Context ctx) {
        int limit = (int) Params.number(ctx, "limit", 1, settings.maxPageSize(), settings.defaultPageSize());
        List<Map<String, Object>> events = auditor.recent(limit).stream().map(AuditHandlers::shape).toList();
        ctx.json(Map.of("events", events));
    }

    private static Map<String, Object> shape(AuditEvent event) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("at", event.at().toString());
        out.put("who", event.actor());
        out.put("action", event.action());
        out.put("dyad", event.dyad());
        out.put("entryId", event.entryId());
        out.put("detail", event.detail());
        return out;
    }
}
