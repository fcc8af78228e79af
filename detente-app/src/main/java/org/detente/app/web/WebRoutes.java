package org.detente.app.web;

import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.detente.app.http.ApiException;
import org.detente.app.http.FailureTable;
import org.detente.app.http.QuestionParams;
import org.detente.app.service.Authenticator;
import org.detente.app.service.EventsDesk;
import org.detente.app.service.LedgerService;
import org.detente.app.service.StoreWorkspace;
import org.detente.app.usecase.UseCases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web dashboard's routes, added to the API's Javalin configuration: the pages of a dyad under
 * {@code /dyads/{dyad}/...} (each taking {@code ?asOf=YYYY-MM-DD}), short addresses ({@code /},
 * {@code /ledger}, {@code /roadmap}...) that lead to the default dyad, sign-in and sign-out, the
 * page's own CSS and JavaScript under {@code /static}, and the template renderer.
 */
public final class WebRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(WebRoutes.class);

    private final PageSupport support;
    private final OverviewHandlers overview;
    private final MissionsHandlers missions;
    private final LedgerHandlers timeline;
    private final RoadmapHandlers roadmap;
    private final ComparisonHandlers comparison;
    private final ReciprocityHandlers reciprocity;
    private final ConsularHandlers consular;
    private final ScenarioHandlers scenarios;
    private final RecordHandlers record;
    private final SignInHandlers signIn;
    private final PageCache cache;
    private final boolean readsRequireSignIn;

    private WebRoutes(StoreWorkspace workspace, UseCases useCases, LedgerService ledger, Authenticator authenticator,
                      Clock clock, boolean readsRequireSignIn, boolean secureCookies, EventsDesk events) {
        Sessions sessions = new Sessions(authenticator, clock, secureCookies);
        this.support = new PageSupport(new DyadViews(workspace, useCases), sessions, clock);
        this.overview = new OverviewHandlers(support);
        this.missions = new MissionsHandlers(support);
        this.timeline = new LedgerHandlers(support);
        this.roadmap = new RoadmapHandlers(support);
        this.comparison = new ComparisonHandlers(support);
        this.reciprocity = new ReciprocityHandlers(support, ledger, events);
        this.consular = new ConsularHandlers(support);
        this.scenarios = new ScenarioHandlers(support);
        this.record = new RecordHandlers(support, ledger);
        this.signIn = new SignInHandlers(support);
        this.cache = new PageCache(support, events.file(), PageCache.DEFAULT_MAX_BYTES);
        this.readsRequireSignIn = readsRequireSignIn;
    }

    /**
     * Adds the pages to {@code cfg}, answering through {@code useCases} (over {@code workspace}),
     * with the news event data of {@code events} on the reciprocity page, and the session cookie
     * marked {@code Secure} when {@code secureCookies}. Call inside {@code Javalin.create(cfg -> ...)};
     * WebJars must be enabled there too ({@code cfg.staticFiles.enableWebjars()}).
     */
    public static void register(JavalinConfig cfg, StoreWorkspace workspace, UseCases useCases, LedgerService ledger,
                                Authenticator authenticator, Clock clock, boolean readsRequireSignIn,
                                boolean secureCookies, EventsDesk events) {
        new WebRoutes(workspace, useCases, ledger, authenticator, clock, readsRequireSignIn, secureCookies, events)
                .addTo(cfg);
    }

    private void addTo(JavalinConfig cfg) {
        cfg.fileRenderer(new JteRenderer());
        QuestionParams.register(cfg.validation);
        cfg.staticFiles.add(files -> {
            files.hostedPath = "/static";
            files.directory = "/org/detente/app/web/static";
            files.location = Location.CLASSPATH;
            files.headers = Map.of("Cache-Control", "max-age=3600");
        });
        RoutesConfig routes = cfg.routes;
        routes.get("/", ctx -> ctx.redirect("/dyads/" + defaultDyad() + query(ctx)));
        for (String[] page : PageSupport.PAGES) {
            if (!page[0].isEmpty()) {
                routes.get(page[0], ctx -> ctx.redirect("/dyads/" + defaultDyad() + page[0] + query(ctx)));
            }
        }
        routes.get("/dyads/{dyad}", read(overview::overview));
        routes.get("/dyads/{dyad}/missions", read(missions::missions));
        routes.get("/dyads/{dyad}/ledger", read(timeline::ledger));
        routes.get("/dyads/{dyad}/roadmap", read(roadmap::roadmap));
        routes.get("/dyads/{dyad}/comparison", read(comparison::comparison));
        routes.get("/dyads/{dyad}/reciprocity", read(reciprocity::reciprocity));
        routes.get("/dyads/{dyad}/capacity", read(consular::capacity));
        routes.get("/dyads/{dyad}/capacity/result", read(consular::capacityResult));
        routes.get("/dyads/{dyad}/scenarios", read(scenarios::scenarios));
        routes.post("/dyads/{dyad}/scenarios", form(scenarios::evaluateScenario));
        routes.post("/dyads/{dyad}/scenarios/export", form(scenarios::exportScenario));
        routes.get("/dyads/{dyad}/record", read(record::record));
        routes.get("/dyads/{dyad}/record/fields", read(record::recordFields));
        routes.post("/dyads/{dyad}/record", form(record::append));
        routes.post("/dyads/{dyad}/retract", form(record::retract));
        routes.post("/dyads/{dyad}/events/suggestions/{id}/accept", form(reciprocity::acceptSuggestion));
        routes.post("/dyads/{dyad}/events/suggestions/{id}/dismiss", form(reciprocity::dismissSuggestion));
        routes.get("/signin", safely(signIn::signInPage));
        routes.post("/signin", form(signIn::signIn));
        routes.post("/signout", form(signIn::signOut));
    }

    private String defaultDyad() {
        return support.views().workspace().defaultDyad().orElseThrow(() -> new WebException(404, "no dyad is held"));
    }

    private static String query(Context ctx) {
        String query = ctx.queryString();
        return query == null || query.isEmpty() ? "" : "?" + query;
    }

    /** A page that reads: open, unless the server requires a sign-in for reads; kept by the page cache. */
    private Handler read(Handler page) {
        Handler handler = cache.around(page);
        return safely(ctx -> {
            if (readsRequireSignIn && support.principal(ctx).isEmpty()) {
                String back = ctx.path() + query(ctx);
                ctx.redirect("/signin?next=" + java.net.URLEncoder.encode(back, java.nio.charset.StandardCharsets.UTF_8));
                return;
            }
            handler.handle(ctx);
        });
    }

    /** A form post: it must carry the session's CSRF token. */
    private Handler form(Handler handler) {
        return safely(ctx -> {
            if (!support.sessions().csrfValid(ctx)) {
                throw new WebException(403, "the form has expired or did not come from this site: reload the page "
                        + "and send it again");
            }
            handler.handle(ctx);
        });
    }

    /** Failures become an HTML page with the status {@link FailureTable} gives, never a stack trace. */
    private Handler safely(Handler handler) {
        return ctx -> {
            try {
                handler.handle(ctx);
            } catch (WebException e) {
                error(ctx, e.status(), e.getMessage());
            } catch (RuntimeException e) {
                // The status and the sentence of a failure are the API's (one table for both faces).
                Optional<ApiException> known = FailureTable.of(e);
                if (known.isPresent()) {
                    error(ctx, known.get().status(), known.get().getMessage());
                    return;
                }
                String incident = java.util.UUID.randomUUID().toString();
                LOG.error("page {} failed, incident {}", ctx.path(), incident, e);
                error(ctx, 500, "Something went wrong on our side (incident " + incident + ").");
            }
        };
    }

    private void error(Context ctx, int status, String message) {
        ctx.status(status);
        ctx.render("error.jte", Map.of("page", new ErrorPage(status, message, support.sessions().of(ctx).csrf())));
    }
}
