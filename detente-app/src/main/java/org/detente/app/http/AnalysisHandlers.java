package org.detente.app.http;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.detente.analysis.ConsularStaffing;
import org.detente.analysis.ReciprocityRules;
import org.detente.app.usecase.ConsularSection;
import org.detente.app.usecase.Gaps;
import org.detente.app.usecase.PaceAnswer;
import org.detente.app.usecase.Question;
import org.detente.app.usecase.Reciprocity;
import org.detente.app.usecase.RoadmapAnswer;
import org.detente.app.usecase.ScenarioQuery;
import org.detente.app.usecase.ScenarioRun;
import org.detente.app.usecase.UseCases;
import org.detente.scenario.EvaluatedScenario;
import org.detente.store.format.ForecastShape;
import org.detente.store.format.FormatProblem;
import org.detente.store.format.GapsShape;
import org.detente.store.format.PaceShape;
import org.detente.store.format.ReciprocityShape;
import org.detente.store.format.RoadmapShape;
import org.detente.store.format.ScenarioShape;
import org.detente.store.format.Tree;
import org.detente.store.format.TreeParser;

/**
 * The derived views of a dyad as of a date — roadmap, gaps, reciprocity with escalation, pace —
 * and scenario evaluation, in the shapes of {@code docs/json.md}. Each handler reads the request's
 * {@link Question} once ({@link QuestionParams}) and asks one use case; the use cases share one
 * basis per ledger version. The views take {@code knownAt} as the state route does: only what had
 * been recorded by then counts.
 */
final class AnalysisHandlers {
    private static final int MAX_WINDOW_DAYS = 3650;
    /** The largest count of people, applications or months a gaps question takes (as the CLI's nine digits). */
    private static final int MAX_COUNT = 999_999_999;
    private static final int DEFAULT_HORIZON_MONTHS = 12;

    private final UseCases useCases;
    private final Clock clock;
    private final ApiSettings settings;

    AnalysisHandlers(UseCases useCases, Clock clock, ApiSettings settings) {
        this.useCases = useCases;
        this.clock = clock;
        this.settings = settings;
    }

    /** {@code GET /api/dyads/{dyad}/roadmap?asOf&knownAt}. */
    void roadmap(Context ctx) {
        RoadmapAnswer answer = useCases.roadmap().answer(question(ctx));
        ctx.json(RoadmapShape.of(answer.basis().dyad(), answer.basis().knownAt(), answer.evaluation(),
                answer.basis().roadmap().overallGoal()));
    }

    /**
     * {@code GET /api/dyads/{dyad}/gaps?asOf&knownAt&officers&localStaff&backlog&horizon}: with
     * {@code officers}, the consular outlook of each mission too, as {@code detente gaps --officers}.
     */
    void gaps(Context ctx) {
        Question question = question(ctx);
        Optional<ConsularSection> section = consularSection(ctx);
        Gaps gaps = useCases.gaps().answer(question, section);
        ctx.json(GapsShape.of(gaps.basis().dyad(), gaps.asOf(), gaps.basis().knownAt(), gaps.staff(), gaps.consular(),
                gaps.parameters()));
    }

    /** {@code GET /api/dyads/{dyad}/reciprocity?asOf&knownAt&windowDays}. */
    void reciprocity(Context ctx) {
        Question question = question(ctx);
        int window = (int) Params.number(ctx, "windowDays", 0, MAX_WINDOW_DAYS, ReciprocityRules.DEFAULT.windowDays());
        Reciprocity reciprocity = useCases.reciprocity().answer(question, window);
        ctx.json(ReciprocityShape.of(reciprocity.basis().dyad(), question.asOf(), reciprocity.basis().knownAt(), window,
                reciprocity.report(), reciprocity.escalation()));
    }

    /** {@code GET /api/dyads/{dyad}/pace?asOf&knownAt}. */
    void pace(Context ctx) {
        PaceAnswer answer = useCases.pace().answer(question(ctx));
        Map<String, String> titles = answer.basis().goalTitles();
        Map<String, Object> shape = new LinkedHashMap<>(PaceShape.of(answer.basis().dyad(), answer.basis().knownAt(),
                answer.report(), titles));
        shape.put("reference", ForecastShape.of(answer.reference(), titles));
        ctx.json(shape);
    }

    /**
     * {@code POST /api/dyads/{dyad}/scenarios/evaluate?knownAt&officers&localStaff&backlog&horizon}:
     * evaluated against the ledger as known at {@code knownAt} (everything recorded without it), never
     * stored; with {@code officers}, consular capacity changes too.
     */
    void evaluateScenario(Context ctx) {
        // The document carries its own date; the question gives the dyad and the moment of knowledge.
        Question question = new Question(ctx.pathParam("dyad"), LocalDate.now(clock), QuestionParams.moment(ctx, "knownAt"));
        useCases.bases().basis(question); // an unknown dyad, or one without a valid roadmap, before the body
        Optional<ConsularSection> section = consularSection(ctx);
        Tree body = TreeParser.strictJson(Bodies.read(ctx, settings.maxBodyBytes()));
        ScenarioRun run = useCases.scenario().answer(question, new ScenarioQuery.Request(body, "", false, section,
                Optional.empty()));
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

    /** The request's question: the path's dyad, {@code asOf} (default today), {@code knownAt}. */
    private Question question(Context ctx) {
        return QuestionParams.question(ctx, LocalDate.now(clock));
    }

    /**
     * The consular section the question gives: {@code officers} (no public source gives them, so
     * they are an input, needed by the other three), {@code localStaff} and {@code backlog}
     * (default 0), {@code horizon} in months (default 12); empty without {@code officers}.
     */
    private static Optional<ConsularSection> consularSection(Context ctx) {
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
        return Optional.of(new ConsularSection(new ConsularStaffing(officers, localStaff), backlog, horizon));
    }
}
