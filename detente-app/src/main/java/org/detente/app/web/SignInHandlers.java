package org.detente.app.web;

import static org.detente.app.web.PageRequests.param;
import static org.detente.app.web.PageRequests.render;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** Signing in with a token and signing out. */
final class SignInHandlers {
    private final PageSupport support;

    SignInHandlers(PageSupport support) {
        this.support = support;
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
}
