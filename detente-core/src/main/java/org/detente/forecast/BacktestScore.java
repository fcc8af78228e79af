package org.detente.forecast;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The scores of a set of back-test points: the share of outcomes inside the P10–P90 interval (an
 * 80% interval should hold about 80%), the median absolute error of P50 in months (over points
 * whose outcome and P50 both lie within the horizon), and the Brier score (Brier, 1950) of "met
 * within 6 months" and "within 12 months": the mean of (p − y)², 0 best, 0.25 for always saying ½.
 *
 * @param points        the points scored
 * @param inInterval    of them, inside [P10, P90]
 * @param coverage      inInterval / points, empty without points
 * @param medianP50Error the median |actual − P50| in months, empty when no point has both
 * @param p50Errors     the points it rests on
 * @param brier6        the Brier score at 6 months, empty when no outcome is known that far
 * @param brier6Points  the points it rests on
 * @param brier12       the Brier score at 12 months
 * @param brier12Points the points it rests on
 */
public record BacktestScore(int points, int inInterval, Optional<Double> coverage, Optional<Double> medianP50Error,
                            int p50Errors, Optional<Double> brier6, int brier6Points, Optional<Double> brier12,
                            int brier12Points) {

    /** The scores of {@code points}. */
    public static BacktestScore of(Collection<BacktestPoint> points) {
        int inside = 0;
        List<Integer> errors = new ArrayList<>();
        double sum6 = 0;
        int n6 = 0;
        double sum12 = 0;
        int n12 = 0;
        for (BacktestPoint point : points) {
            inside += point.inInterval() ? 1 : 0;
            point.p50ErrorMonths().ifPresent(errors::add);
            if (point.met6().isPresent()) {
                double p = point.forecast().metWithinMonths(6).orElseThrow();
                sum6 += square(p - (point.met6().get() ? 1 : 0));
                n6++;
            }
            if (point.met12().isPresent()) {
                double p = point.forecast().metWithinMonths(12).orElseThrow();
                sum12 += square(p - (point.met12().get() ? 1 : 0));
                n12++;
            }
        }
        errors.sort(Integer::compare);
        Optional<Double> median = errors.isEmpty() ? Optional.empty() : Optional.of(errors.size() % 2 == 1
                ? errors.get(errors.size() / 2)
                : (errors.get(errors.size() / 2 - 1) + errors.get(errors.size() / 2)) / 2.0);
        int n = points.size();
        return new BacktestScore(n, inside, n == 0 ? Optional.empty() : Optional.of((double) inside / n), median,
                errors.size(), n6 == 0 ? Optional.empty() : Optional.of(sum6 / n6), n6,
                n12 == 0 ? Optional.empty() : Optional.of(sum12 / n12), n12);
    }

    private static double square(double x) {
        return x * x;
    }
}
