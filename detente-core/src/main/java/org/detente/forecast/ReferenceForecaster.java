package org.detente.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.detente.model.Dyad;
import org.detente.simulation.calibration.ForecastProgress;
import org.detente.simulation.calibration.SidePolicy;

/**
 * Forecasts any case from the others: each reference case is observed once, as known now, up to
 * its last entry; the case asked about is observed as of the date asked for, over the entries it
 * is given (pass {@link ForecastCase#knownAt} for a question as known at a moment), its own pace
 * simulated with both sides keeping their observed reactions, and the two pooled by
 * {@link BlendedForecast}. Thread-safe once built.
 */
public final class ReferenceForecaster {
    private final List<CaseHistory> references;
    private final ForecastRules rules;

    /** A forecaster learning from {@code references} (cases without a ledger are skipped). */
    public ReferenceForecaster(List<ForecastCase> references, ForecastRules rules) {
        Objects.requireNonNull(references, "references is required");
        this.rules = Objects.requireNonNull(rules, "rules is required");
        List<CaseHistory> observed = new ArrayList<>();
        for (ForecastCase reference : references) {
            reference.lastEntryDate().ifPresent(last -> observed.add(reference.history(last)));
        }
        this.references = List.copyOf(observed);
    }

    /** The reference cases as observed, in the order given. */
    public List<CaseHistory> references() {
        return references;
    }

    /** The forecast of {@code target} as of {@code asOf}, leaving its own dyad out of the reference class. */
    public RoadmapForecast forecast(ForecastCase target, LocalDate asOf) {
        return forecast(target, asOf, ForecastProgress.NONE);
    }

    /** As {@link #forecast(ForecastCase, LocalDate)}, telling {@code progress} about the simulation's runs. */
    public RoadmapForecast forecast(ForecastCase target, LocalDate asOf, ForecastProgress progress) {
        Objects.requireNonNull(target, "target is required");
        Objects.requireNonNull(asOf, "asOf is required");
        // Nothing to simulate from before the ledger's first entry: the reference class alone speaks then.
        boolean nothingYet = target.entries().stream().allMatch(e -> e.occurredOn().date().isAfter(asOf));
        Optional<OwnPaceForecast> own = nothingYet ? Optional.empty()
                : Optional.of(OwnPaceForecast.run(target, asOf, null, rules.windowDays(), new SidePolicy.Observed(),
                new SidePolicy.Observed(), rules.months(), rules.runs(), rules.seed(), progress));
        return forecast(target.history(asOf), own);
    }

    /** The pooled forecast of an observed target with its own simulation, when run. */
    public RoadmapForecast forecast(CaseHistory target, Optional<OwnPaceForecast> own) {
        Dyad dyad = target.dyad();
        List<CaseHistory> others = references.stream().filter(r -> !r.dyad().equals(dyad)).toList();
        return new BlendedForecast(target, others, own, rules.months()).forecast();
    }
}
