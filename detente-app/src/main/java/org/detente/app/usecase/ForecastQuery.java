package org.detente.app.usecase;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.detente.forecast.ForecastCase;
import org.detente.forecast.ForecastRules;
import org.detente.forecast.OwnPaceForecast;
import org.detente.forecast.ReferenceForecaster;
import org.detente.forecast.RoadmapForecast;
import org.detente.simulation.calibration.ForecastProgress;
import org.detente.simulation.calibration.SidePolicy;

/**
 * The forecast of the roadmap as of the question's date, the one place it is wired for every face
 * (the pace, {@code simulate forecast}, the briefing): the dyad's own pace, calibrated on its
 * ledger as known at the question's moment and played forward by the Monte Carlo simulation, and,
 * when asked, that pace pooled with the reference cases (docs/forecasting.md).
 */
public final class ForecastQuery {
    private final DyadBases bases;
    private final ReferenceCases references;

    public ForecastQuery(DyadBases bases) {
        this.bases = Objects.requireNonNull(bases, "bases is required");
        this.references = new ReferenceCases(bases);
    }

    /**
     * The forecast under {@code request}. The own pace is not run for a ledger without entries by
     * the question's date (nothing to calibrate on); the reference cases are the other dyads as known at the question's
     * moment too, so a forecast asked as known at a past moment is the one that could have been made then.
     *
     * @throws IllegalArgumentException when the request's {@code since} is after the question's date,
     *         or the ledger gives the calibration nothing to work with
     */
    public ForecastAnswer answer(Question question, Request request) {
        DyadBasis basis = bases.basis(question);
        if (request.progress() != ForecastProgress.NONE) {
            return run(question, request, basis);
        }
        // Seeded runs on the same ledgers give the same forecast: a page asked again (the roadmap's,
        // once for each visitor the page cache has not served) does not run the simulation again.
        // The key holds every dyad's version because the reference cases are the other dyads.
        return basis.remembered(new Asked(question.asOf(), request, bases.workspace().lastSequences()),
                () -> run(question, request, basis));
    }

    /** What a remembered forecast was asked with. */
    private record Asked(LocalDate asOf, Request request, Map<String, Long> versions) {
    }

    private ForecastAnswer run(Question question, Request request, DyadBasis basis) {
        LocalDate asOf = question.asOf();
        ForecastRules rules = request.rules();
        ForecastCase target = ReferenceCases.caseOf(basis);
        // Nothing to calibrate on before the ledger's first entry: the reference class alone speaks then.
        boolean nothingYet = request.since().isEmpty()
                && target.entries().stream().allMatch(e -> e.occurredOn().date().isAfter(asOf));
        Optional<OwnPaceForecast> own = nothingYet ? Optional.empty()
                : Optional.of(OwnPaceForecast.run(target, asOf, request.since().orElse(null), rules.windowDays(),
                        request.first(), request.second(), rules.months(), rules.runs(), rules.seed(), request.progress()));
        Optional<RoadmapForecast> reference = request.pooled()
                ? Optional.of(new ReferenceForecaster(references.cases(question.knownAt()), rules)
                        .forecast(target.history(asOf), own))
                : Optional.empty();
        return new ForecastAnswer(basis, own, reference);
    }

    /**
     * The reference class alone, for when the dyad's own pace cannot run (no entries, or nothing the
     * calibration can use): the other cases as known at the question's moment.
     */
    public RoadmapForecast referenceOnly(Question question, ForecastRules rules) {
        DyadBasis basis = bases.basis(question);
        return new ReferenceForecaster(references.cases(question.knownAt()), rules)
                .forecast(ReferenceCases.caseOf(basis).history(question.asOf()), Optional.empty());
    }

    /**
     * How the forecast runs.
     *
     * @param rules    months, runs, seed and the calibration's answer window
     * @param first    how the dyad's first country moves (its observed reactions, or a strategy)
     * @param second   how the second moves
     * @param since    calibrate from this day (empty: the ledger's first entry)
     * @param progress told about the simulation's runs
     * @param pooled   whether to pool the own pace with the reference cases
     */
    public record Request(ForecastRules rules, SidePolicy first, SidePolicy second, Optional<LocalDate> since,
                          ForecastProgress progress, boolean pooled) {
        public Request {
            Objects.requireNonNull(rules, "rules is required");
            Objects.requireNonNull(first, "first is required");
            Objects.requireNonNull(second, "second is required");
            Objects.requireNonNull(since, "since is required (empty for the ledger's first entry)");
            Objects.requireNonNull(progress, "progress is required");
        }

        /** Both sides keeping their observed reactions, calibrated from the first entry, pooled with the reference cases. */
        public static Request pooled(ForecastRules rules) {
            return new Request(rules, new SidePolicy.Observed(), new SidePolicy.Observed(), Optional.empty(),
                    ForecastProgress.NONE, true);
        }
    }

    /**
     * A forecast.
     *
     * @param basis     what it was computed from (the dyad, its goals, the moment of knowledge)
     * @param own       the dyad's own pace; empty for a ledger without entries
     * @param reference the pooled forecast, when asked for
     */
    public record ForecastAnswer(DyadBasis basis, Optional<OwnPaceForecast> own, Optional<RoadmapForecast> reference) {
        public ForecastAnswer {
            Objects.requireNonNull(basis, "basis is required");
            Objects.requireNonNull(own, "own is required (empty without entries)");
            Objects.requireNonNull(reference, "reference is required (empty when not pooled)");
        }
    }
}
