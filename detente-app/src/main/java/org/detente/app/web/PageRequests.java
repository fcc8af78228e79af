package org.detente.app.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.detente.store.access.Principal;

/** What the page handlers share: reading parameters and forms, who may write, rendering a page. */
final class PageRequests {
    private PageRequests() {
    }

    static String url(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The page number asked for in {@code page} (1 when absent); 400 when it is not a whole number. */
    static int pageNumber(Context ctx) {
        String given = param(ctx, "page");
        try {
            return given.isEmpty() ? 1 : Integer.parseInt(given);
        } catch (NumberFormatException e) {
            throw new WebException(400, "page '" + given + "' is not a whole number");
        }
    }

    static String param(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null ? "" : value.trim();
    }

    static String formParam(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value;
    }

    /** The query's parameters, the first value of each that has one. */
    static Map<String, String> query(Context ctx) {
        Map<String, String> query = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((k, v) -> {
            if (!v.isEmpty()) {
                query.put(k, v.get(0));
            }
        });
        return query;
    }

    /** The form's fields, the first value of each, without the CSRF token. */
    static Map<String, String> form(Context ctx) {
        Map<String, String> form = new LinkedHashMap<>();
        ctx.formParamMap().forEach((k, v) -> {
            if (!v.isEmpty() && !k.equals("_csrf")) {
                form.put(k, v.get(0));
            }
        });
        return form;
    }

    /** The signed-in principal when it may write; a 401 without a sign-in, a 403 for a viewer. */
    static Principal editor(PageSupport support, Context ctx) {
        Principal by = support.principal(ctx).orElseThrow(() -> new WebException(401,
                "Recording needs a sign-in with the role editor or admin."));
        if (!by.role().mayWrite()) {
            throw new WebException(403, by.name() + " has the role " + by.role().code() + "; recording needs editor or admin.");
        }
        return by;
    }

    static void render(Context ctx, String template, Object page) {
        ctx.header("Cache-Control", "no-store");
        ctx.render(template, Map.of("page", page));
    }
}
