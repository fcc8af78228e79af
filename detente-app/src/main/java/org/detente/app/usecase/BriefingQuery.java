package org.detente.app.usecase;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.detente.forecast.ForecastCase;
import org.detente.forecast.ForecastRules;
import org.detente.forecast.OwnPaceForecast;
import org.detente.forecast.RoadmapForecast;
import org.detente.simulation.calibration.ForecastProgress;
import org.detente.simulation.calibration.SidePolicy;

/**
 * What a briefing of the question says, gathered once: the roadmap, the gaps, reciprocity and the
 * forecast (through {@link ForecastQuery}, as every face has it), all as of the question's date
 * and as known at its moment. The briefing's words are the report's.
 */
public final class BriefingQuery {
    private final DyadBases bases;
    private final RoadmapQuery roadmap;
    private final GapsQuery gaps;
    private final ReciprocityQuery reciprocity;
    private final ForecastQuery forecast;
    private final ReferenceCases references;

    public BriefingQuery(DyadBases bases, RoadmapQuery roadmap, GapsQuery gaps, ReciprocityQuery reciprocity,
                         ForecastQuery forecast, ReferenceCases references) {
        this.bases = Objects.requireNonNull(bases, "bases is required");
        this.roadmap = Objects.requireNonNull(roadmap, "roadmap is required");
        this.gaps = Objects.requireNonNull(gaps, "gaps is required");
        this.reciprocity = Objects.requireNonNull(reciprocity, "reciprocity is required");
        this.forecast = Objects.requireNonNull(forecast, "forecast is required");
        this.references = Objects.requireNonNull(references, "references is required");
    }

    /**
     * The facts of the briefing: reciprocity inferred within {@code windowDays}; the forecast under
     * {@code rules}, both sides keeping their observed reactions, calibrated from the first entry,
     * and pooled with the reference cases. An own pace the model cannot run is no failure of the
     * briefing: the facts then say why, and the reference cases alone give the outlook.
     */
    public BriefingFacts answer(Question question, int windowDays, ForecastRules rules) {
        Optional<OwnPaceForecast> own;
        Optional<String> why;
        RoadmapForecast outlook;
        try {
            ForecastQuery.ForecastAnswer answer = forecast.answer(question, new ForecastQuery.Request(rules,
                    new SidePolicy.Observed(), new SidePolicy.Observed(), Optional.empty(), ForecastProgress.NONE, true));
            own = answer.own();
            outlook = answer.reference().orElseThrow();
            why = own.isPresent() ? Optional.empty() : Optional.of("the ledger holds no entry by this date to calibrate on");
        } catch (IllegalArgumentException | IllegalStateException e) {
            own = Optional.empty();
            why = Optional.of(String.valueOf(e.getMessage()));
            outlook = forecast.referenceOnly(question, rules);
        }
        return new BriefingFacts(question, bases.basis(question), roadmap.answer(question),
                gaps.answer(question, Optional.empty()), reciprocity.answer(question, windowDays), own, why, outlook,
                references.cases(question.knownAt()));
    }

    /**
     * The facts of a briefing.
     *
     * @param question    what was asked
     * @param basis       the dyad's documents and its ledger as known at the question's moment
     * @param roadmap     the roadmap as of the date
     * @param gaps        the staffing gaps as of the date (no consular section: no source gives one)
     * @param reciprocity reciprocity and the escalation index as of the date
     * @param forecast    the dyad's own course, simulated; empty when the model cannot run
     * @param noForecastBecause why there is no forecast, when there is none
     * @param outlook     the open goals' forecast, the reference cases pooled with the own pace (alone without it)
     * @param cases       every case as known at the question's moment, for the comparison
     */
    public record BriefingFacts(Question question, DyadBasis basis, RoadmapAnswer roadmap, Gaps gaps,
                                Reciprocity reciprocity, Optional<OwnPaceForecast> forecast,
                                Optional<String> noForecastBecause, RoadmapForecast outlook, List<ForecastCase> cases) {
        public BriefingFacts {
            Objects.requireNonNull(question, "question is required");
            Objects.requireNonNull(basis, "basis is required");
            Objects.requireNonNull(roadmap, "roadmap is required");
            Objects.requireNonNull(gaps, "gaps is required");
            Objects.requireNonNull(reciprocity, "reciprocity is required");
            Objects.requireNonNull(forecast, "forecast is required (empty when the model cannot run)");
            Objects.requireNonNull(noForecastBecause, "noForecastBecause is required (empty with a forecast)");
            Objects.requireNonNull(outlook, "outlook is required");
            cases = List.copyOf(cases);
        }
    }
}
