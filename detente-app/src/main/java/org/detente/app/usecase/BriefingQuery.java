package org.detente.app.usecase;

import java.util.Objects;
import java.util.Optional;
import org.detente.forecast.ForecastRules;
import org.detente.forecast.OwnPaceForecast;
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

    public BriefingQuery(DyadBases bases, RoadmapQuery roadmap, GapsQuery gaps, ReciprocityQuery reciprocity,
                         ForecastQuery forecast) {
        this.bases = Objects.requireNonNull(bases, "bases is required");
        this.roadmap = Objects.requireNonNull(roadmap, "roadmap is required");
        this.gaps = Objects.requireNonNull(gaps, "gaps is required");
        this.reciprocity = Objects.requireNonNull(reciprocity, "reciprocity is required");
        this.forecast = Objects.requireNonNull(forecast, "forecast is required");
    }

    /**
     * The facts of the briefing: reciprocity inferred within {@code windowDays}; the forecast under
     * {@code rules}, both sides keeping their observed reactions, calibrated from the first entry and
     * not pooled (a briefing shows the dyad's own course). A forecast the model cannot run is no
     * failure of the briefing: the facts then say why.
     */
    public BriefingFacts answer(Question question, int windowDays, ForecastRules rules) {
        Optional<OwnPaceForecast> own;
        Optional<String> why;
        try {
            own = forecast.answer(question, new ForecastQuery.Request(rules, new SidePolicy.Observed(),
                    new SidePolicy.Observed(), Optional.empty(), ForecastProgress.NONE, false)).own();
            why = own.isPresent() ? Optional.empty() : Optional.of("the ledger holds no entry to calibrate on");
        } catch (IllegalArgumentException | IllegalStateException e) {
            own = Optional.empty();
            why = Optional.of(String.valueOf(e.getMessage()));
        }
        return new BriefingFacts(question, bases.basis(question), roadmap.answer(question),
                gaps.answer(question, Optional.empty()), reciprocity.answer(question, windowDays), own, why);
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
     */
    public record BriefingFacts(Question question, DyadBasis basis, RoadmapAnswer roadmap, Gaps gaps,
                                Reciprocity reciprocity, Optional<OwnPaceForecast> forecast,
                                Optional<String> noForecastBecause) {
        public BriefingFacts {
            Objects.requireNonNull(question, "question is required");
            Objects.requireNonNull(basis, "basis is required");
            Objects.requireNonNull(roadmap, "roadmap is required");
            Objects.requireNonNull(gaps, "gaps is required");
            Objects.requireNonNull(reciprocity, "reciprocity is required");
            Objects.requireNonNull(forecast, "forecast is required (empty when the model cannot run)");
            Objects.requireNonNull(noForecastBecause, "noForecastBecause is required (empty with a forecast)");
        }
    }
}
