package org.detente.app.http;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.Map;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.detente.analysis.ConsularStaffing;
import org.detente.analysis.ReciprocityRules;
import org.detente.app.service.DyadAnalyses;
import org.detente.app.service.StoreWorkspace;
import org.detente.scenario.EvaluatedScenario;
import org.detente.store.format.FormatProblem;
import org.detente.store.format.GapsShape;
import org.detente.store.format.PaceShape;
import org.detente.store.format.ForecastShape;
import org.detente.app.service.ReferenceForecasts;
import org.detente.forecast.ForecastRules;
import org.detente.store.format.ReciprocityShape;
import org.detente.store.format.RoadmapShape;
import org.detente.store.format.ScenarioShape;
import org.detente.store.format.Tree;
import org.detente.store.format.TreeParser;

/**
 * The derived views of a dyad as of a date — roadmap, gaps, reciprocity with escalation, pace —
 * and scenario evaluation, in the shapes of {@code docs/json.md}. The {@link DyadAnalyses} of a
 * dyad comes from the workspace, built once per ledger version and shared by every request. The
 * views take {@code knownAt} as the state route does: only what had been recorded by then counts.
 */
final class AnalysisHandlers {
    private static final int MAX_WINDOW_DAYS = 3650;
    /** The largest count of people, applications or months a gaps question takes (as the CLI's nine digits). */
    private static final int MAX_COUNT = 999_999_999;
    private static final int DEFAULT_HORIZON_MONTHS = 12;

    private final StoreWorkspace workspace;
    private final Clock clock;
    private final ApiSettings settings;

    AnalysisHandlers(StoreWorkspace workspace, Clock clock, ApiSettings settings) {
        this.workspace = workspace;
        this.clock = clock;
        this.settings = settings;
    }

    /** {@code GET /api/dyads/{dyad}/roadmap?asOf&knownAt}. */
    void roadmap(Context ctx) {
        LocalDate asOf = asOf(ctx);
        DyadAnalyses analyses = analysesKnown(ctx);
        ctx.json(RoadmapShape.of(analyses.dyad(), analyses.knownAt(), analyses.roadmapAsOf(asOf), analyses.roadmap().overallGoal()));
    }

    /**
     * {@code GET /api/dyads/{dyad}/gaps?asOf&knownAt&officers&localStaff&backlog&horizon}: with
     * {@code officers}, the consular outlook of each mission too, as {@code detente gaps --officers}.
     */
    void gaps(Context ctx) {
        LocalDate asOf = asOf(ctx);
        Optional<DyadAnalyses.ConsularSection> section = consularSection(ctx);
        DyadAnalyses analyses = analysesKnown(ctx);
        DyadAnalyses.Gaps gaps = analyses.gapsAsOf(asOf, section);
        ctx.json(GapsShape.of(analyses.dyad(), gaps.asOf(), analyses.knownAt(), gaps.staff(), gaps.consular(), gaps.parameters()));
    }

    /** {@code GET /api/dyads/{dyad}/reciprocity?asOf&knownAt&windowDays}. */
    void reciprocity(Context ctx) {
        LocalDate asOf = asOf(ctx);
        int window = (int) Params.number(ctx, "windowDays", 0, MAX_WINDOW_DAYS, ReciprocityRules.DEFAULT.windowDays());
        DyadAnalyses analyses = analysesKnown(ctx);
        DyadAnalyses.Reciprocity reciprocity = analyses.reciprocityAsOf(asOf, window);
        ctx.json(ReciprocityShape.of(analyses.dyad(), asOf, analyses.knownAt(), window, reciprocity.report(), reciprocity.escalation()));
    }

    /** {@code GET /api/dyads/{dyad}/pace?asOf&knownAt}. */
    void pace(Context ctx) {
        LocalDate asOf = asOf(ctx);
        DyadAnalyses analyses = analysesKnown(ctx);
        Map<String, Object> shape = new java.util.LinkedHashMap<>(PaceShape.of(analyses.dyad(), analyses.knownAt(),
                analyses.paceAsOf(asOf), analyses.goalTitles()));
        shape.put("reference", ForecastShape.of(new ReferenceForecasts(workspace).forecast(analyses, asOf,
                ForecastRules.DEFAULTS), analyses.goalTitles()));
        ctx.json(shape);
    }

    /**
     * {@code POST /api/dyads/{dyad}/scenarios/evaluate?knownAt&officers&localStaff&backlog&horizon}:
     * evaluated against the ledger as known at {@code knownAt} (everything recorded without it), never
     * stored; with {@code officers}, consular capacity changes too.
     */
    void evaluateScenario(Context ctx) {
        DyadAnalyses analyses = analysesKnown(ctx);
        Optional<DyadAnalyses.ConsularSection> section = consularSection(ctx);
        Tree body = TreeParser.strictJson(Bodies.read(ctx, settings.maxBodyBytes()));
        DyadAnalyses.ScenarioRun run = analyses.evaluateScenario(body, "", Optional.empty(), section);
        if (run.result().isEmpty()) {
            throw ApiException.invalidBody(LedgerHandlers.fieldErrors(run.problems()));
        }
        if (run.evaluated().isEmpty()) {
            List<FieldError> errors = new ArrayList<>();
            for (FormatProblem problem : run.problems()) {
                errors.add(new FieldError(problem.field(), problem.message(), problem.line()));
            }
            throw new ApiException(422, "invalid-scenario", "The scenario's entries break ledger rules",
                    errors.size() + (errors.size() == 1 ? " rule" : " rules") + " broken; see errors", errors);
        }
        EvaluatedScenario evaluated = run.evaluated().get();
        ctx.json(ScenarioShape.of(evaluated, run.problems()));
    }

    private LocalDate asOf(Context ctx) {
        return QuestionParams.date(ctx, "asOf").orElseGet(() -> LocalDate.now(clock));
    }

    /**
     * The consular section the question gives: {@code officers} (no public source gives them, so
     * they are an input, needed by the other three), {@code localStaff} and {@code backlog}
     * (default 0), {@code horizon} in months (default 12); empty without {@code officers}.
     */
    private static Optional<DyadAnalyses.ConsularSection> consularSection(Context ctx) {
        if (Params.text(ctx, "officers").isEmpty()) {
            for (String name : List.of("localStaff", "backlog", "horizon")) {
                if (Params.text(ctx, name).isPresent()) {
                    throw ApiException.badParameter(name, "needs officers (the consular officers of the section)");
                }
            }
            return Optional.empty();
        }
        int officers = (int) Params.number(ctx, "officers", 0, MAX_COUNT, 0);
        int localStaff = (int) Params.number(ctx, "localStaff", 0, MAX_COUNT, 0);
        long backlog = Params.number(ctx, "backlog", 0, MAX_COUNT, 0);
        int horizon = (int) Params.number(ctx, "horizon", 0, MAX_COUNT, DEFAULT_HORIZON_MONTHS);
        return Optional.of(new DyadAnalyses.ConsularSection(new ConsularStaffing(officers, localStaff), backlog, horizon));
    }

    /** The analyses of the dyad as known at the question's {@code knownAt} (everything recorded without it). */
    private DyadAnalyses analysesKnown(Context ctx) {
        Optional<Instant> knownAt = QuestionParams.moment(ctx, "knownAt");
        return analyses(ctx).knownAt(knownAt);
    }

    private DyadAnalyses analyses(Context ctx) {
        return workspace.analyses(ctx.pathParam("dyad"));
    }
}
