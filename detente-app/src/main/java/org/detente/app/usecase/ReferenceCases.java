package org.detente.app.usecase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.detente.forecast.BacktestResult;
import org.detente.forecast.ForecastCase;
import org.detente.forecast.ForecastRules;
import org.detente.forecast.LeaveOneOutBacktest;

/**
 * The reference class of the forecasts (docs/forecasting.md): every dyad of the workspace with a
 * valid roadmap is a case; the others are skipped (their own answers say why).
 */
public final class ReferenceCases {
    private final DyadBases bases;

    public ReferenceCases(DyadBases bases) {
        this.bases = Objects.requireNonNull(bases, "bases is required");
    }

    /** Every dyad that can be a case, as the ledgers knew them at {@code knownAt} (empty: now), in the workspace's order. */
    public List<ForecastCase> cases(Optional<Instant> knownAt) {
        List<ForecastCase> cases = new ArrayList<>();
        for (String id : bases.workspace().dyads()) {
            try {
                cases.add(caseOf(bases.current(id).knownAt(knownAt)));
            } catch (DyadBasis.Unavailable e) {
                // A dyad without a valid roadmap has no goals to compare; its own pages say why.
            }
        }
        return cases;
    }

    /** The leave-one-case-out back-test over every case, as known now. */
    public BacktestResult backtest(ForecastRules rules) {
        return new LeaveOneOutBacktest(cases(Optional.empty()), rules).run();
    }

    /** The case of one dyad, as its basis knows it (its moment of knowledge applied). */
    static ForecastCase caseOf(DyadBasis basis) {
        return new ForecastCase(basis.ledger().definition(), basis.roadmap(), basis.ledger().entries())
                .knownAt(basis.knownAt());
    }
}
