package org.detente.forecast;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.detente.model.Dyad;
import org.detente.simulation.calibration.GoalOutlook;

/**
 * Pools the reference class with the dyad's own calibrated simulation into one forecast per open
 * goal: a linear opinion pool (Stone, 1961; Genest and Zidek, 1986) of the two monthly
 * distributions, F = w·F_ref + (1 − w)·F_own, with the weight set by the evidence each rests on:
 * w = (E + ½) / (E + G + 1), E the goals of the kind the reference cases met, G the goals the dyad
 * met since its talks began (what the simulation's pace rests on). With no goal met by the dyad the
 * reference class weighs (E + ½)/(E + 1); as the dyad meets goals its own pace takes over. When no
 * case informs a goal, w = 0 and the note says so; with neither source there is no forecast.
 * Deterministic; O(goals × months).
 */
public final class BlendedForecast {
    private final CaseHistory target;
    private final List<CaseHistory> references;
    private final Optional<OwnPaceForecast> own;
    private final int months;

    /**
     * @param target     the dyad asked about
     * @param references the reference cases (the dyad's own case among them is ignored)
     * @param own        the dyad's own simulation over the same horizon, when it could be run
     * @param months     the horizon
     */
    public BlendedForecast(CaseHistory target, List<CaseHistory> references, Optional<OwnPaceForecast> own, int months) {
        this.target = Objects.requireNonNull(target, "target is required");
        this.references = List.copyOf(references);
        this.own = Objects.requireNonNull(own, "own is required (empty when not run)");
        this.months = months;
        own.ifPresent(o -> {
            if (o.result().settings().months() != months) {
                throw new IllegalArgumentException("the own simulation must cover the same " + months + " months, got "
                        + o.result().settings().months());
            }
        });
    }

    /** The pooled forecast. */
    public RoadmapForecast forecast() {
        List<ReferenceOutlook> reference = new ReferenceClassForecast(target, references, months).forecast();
        YearMonth start = YearMonth.from(target.observedUntil()).plusMonths(1);
        int ownMet = own.map(o -> o.pace().goalsMet()).orElse(0);
        List<BlendedOutlook> goals = new ArrayList<>();
        for (ReferenceOutlook ref : reference) {
            Optional<List<Double>> ownShares = own.flatMap(o -> o.result().goal(ref.goal())).map(GoalOutlook::metByMonth)
                    .filter(shares -> shares.size() == months);
            goals.add(pool(ref, ownShares, ownMet, start));
        }
        List<Dyad> cases = references.stream().map(CaseHistory::dyad).filter(d -> !d.equals(target.dyad())).distinct().toList();
        return new RoadmapForecast(target.dyad(), target.observedUntil(), target.trigger(), start, months, ownMet, goals, cases);
    }

    private BlendedOutlook pool(ReferenceOutlook ref, Optional<List<Double>> ownShares, int ownMet, YearMonth start) {
        double weight;
        if (!ref.informed()) {
            weight = 0;
        } else if (ownShares.isEmpty()) {
            weight = 1;
        } else {
            weight = (ref.events() + 0.5) / (ref.events() + ownMet + 1.0);
        }
        if (!ref.informed() && ownShares.isEmpty()) {
            return new BlendedOutlook(ref.goal(), ref.kind(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), 0, List.of(), 0, List.of(),
                    Optional.of(ref.note().orElse("") + "; and the dyad's own pace could not be simulated"));
        }
        List<Double> shares = new ArrayList<>(months);
        List<Double> own = ownShares.orElse(List.of());
        for (int m = 0; m < months; m++) {
            double fromReference = ref.informed() ? ref.metByMonth().get(m) : 0;
            double fromOwn = own.isEmpty() ? 0 : own.get(m);
            shares.add(weight * fromReference + (1 - weight) * fromOwn);
        }
        return new BlendedOutlook(ref.goal(), ref.kind(), month(shares, start, 0.1), month(shares, start, 0.5),
                month(shares, start, 0.9), Optional.of(1 - shares.get(months - 1)), weight,
                ref.informed() ? ref.informedBy() : List.of(), ref.events(), shares, ref.note());
    }

    private static Optional<YearMonth> month(List<Double> shares, YearMonth start, double q) {
        for (int m = 0; m < shares.size(); m++) {
            if (shares.get(m) >= q - 1e-12) {
                return Optional.of(start.plusMonths(m));
            }
        }
        return Optional.empty();
    }
}
