package org.detente.app.cli;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.detente.forecast.BacktestResult;
import org.detente.forecast.BacktestScore;
import org.detente.forecast.ForecastRules;
import org.detente.forecast.LeaveOneOutBacktest;
import org.detente.model.Dyad;
import org.detente.store.format.ForecastShape;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code detente backtest}: the reference-class forecast asked at moments of each case's past, as
 * known then and without that case, scored against what happened (docs/forecasting.md).
 */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = "Back-test the forecast on every case whose goals were met: leave the case out, ask as known at "
                + "moments after its trigger, compare with what happened.")
final class BacktestCommand implements Runnable {
    @ParentCommand
    DetenteCli cli;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "10000", description = "Runs of each simulation (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public void run() {
        if (runs < 1) {
            throw new UsageException("--runs must be at least 1, got " + runs);
        }
        ForecastRules defaults = ForecastRules.DEFAULTS;
        ForecastRules rules = new ForecastRules(defaults.months(), runs, defaults.seed(), defaults.windowDays());
        BacktestResult result = cli.useCases(java.util.Optional.empty()).references().backtest(rules);
        if (json) {
            cli.out.println(Json.write(ForecastShape.of(result)));
            return;
        }
        cli.out.println("détente · back-test of the reference-class forecast (leave one case out; moments "
                + LeaveOneOutBacktest.MOMENTS + " months after each trigger; " + rules.months() + "-month horizon, "
                + rules.runs() + " runs)");
        cli.out.println();
        TextTable table = new TextTable("CASE", "POINTS", "IN P10–P90", "MEDIAN |P50 ERROR| (MONTHS)", "BRIER 6 MO", "BRIER 12 MO");
        for (Map.Entry<Dyad, BacktestScore> row : result.byCase().entrySet()) {
            add(table, row.getKey().id(), row.getValue());
        }
        add(table, "all", result.overall());
        ReciprocityCommand.printOrNone(cli.out, table);
        result.skipped().forEach((dyad, why) -> cli.out.println("Not held out: " + dyad + " — " + why));
    }

    private static void add(TextTable table, String name, BacktestScore score) {
        table.row(name, score.points(), score.coverage().map(c -> score.inInterval() + " (" + Math.round(c * 100) + "%)").orElse(null),
                number(score.medianP50Error(), score.p50Errors()), number(score.brier6(), score.brier6Points()),
                number(score.brier12(), score.brier12Points()));
    }

    private static String number(Optional<Double> value, int n) {
        return value.map(v -> String.format(Locale.ROOT, "%.3f (n = %d)", v, n)).orElse(null);
    }
}
