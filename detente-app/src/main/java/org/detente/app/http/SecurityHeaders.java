package org.detente.app.http;

import io.javalin.http.Context;

/**
 * The headers every answer carries so that a browser neither frames the dashboard on another site,
 * nor guesses a content type, nor runs a script the pages did not load from here. Set before the
 * route runs (an after-handler would become the matched endpoint and hide the route from the metrics).
 */
final class SecurityHeaders {
    /** Scripts only from this origin (the pages have no inline script); charts set inline styles. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static void set(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
    }
}
