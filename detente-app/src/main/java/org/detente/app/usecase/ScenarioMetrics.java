package org.detente.app.usecase;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.detente.analysis.ConsularOutlook;
import org.detente.analysis.ExpectedWait;
import org.detente.analysis.GoldsteinEscalationIndex;
import org.detente.analysis.MonthlyEscalation;
import org.detente.analysis.StaffGap;
import org.detente.ledger.Entry;
import org.detente.model.Codes;
import org.detente.scenario.MetricChange;
import org.detente.scenario.ScenarioAnalysis;
import org.detente.scenario.ScenarioWorld;

/**
 * The metrics a scenario compares before and after: staff levels, the escalation index and, with
 * a consular section, capacity and wait. Each {@link MetricChange} carries its line of text into
 * the documented JSON shape ({@code metricChanges[].text}), so the line is written here, in one
 * place, rather than by each face.
 */
final class ScenarioMetrics {
    private ScenarioMetrics() {
    }

    /** The current level of each staff target, before and after. */
    static ScenarioAnalysis staffGapChanges(DyadBasis basis) {
        return (before, after) -> {
            List<StaffGap> then = GapsQuery.staffIn(basis, before);
            List<StaffGap> now = GapsQuery.staffIn(basis, after);
            List<MetricChange> changes = new ArrayList<>();
            for (int i = 0; i < then.size(); i++) {
                StaffGap a = then.get(i);
                StaffGap b = now.get(i);
                if (!a.currentLevel().equals(b.currentLevel()) || !a.shortfall().equals(b.shortfall())) {
                    String subject = a.target().sending().code()
                            + a.target().category().map(c -> " " + Codes.of(c)).orElse("");
                    changes.add(new MetricChange("staff-level", subject, level(a), level(b),
                            "staff of " + subject + ": " + text(a) + " → " + text(b)));
                }
            }
            return changes;
        };
    }

    private static OptionalDouble level(StaffGap gap) {
        return gap.currentLevel().isPresent() ? OptionalDouble.of(gap.currentLevel().getAsInt()) : OptionalDouble.empty();
    }

    private static String text(StaffGap gap) {
        return (gap.currentLevel().isPresent() ? String.valueOf(gap.currentLevel().getAsInt()) : "unknown")
                + (gap.targetLevel().isPresent() ? " of " + gap.targetLevel().getAsInt() : "");
    }

    /** Each mission's consular capacity (adjudications a month) and wait, before and after, for one section. */
    static ScenarioAnalysis consularChanges(DyadBasis basis, ConsularSection section) {
        return (before, after) -> {
            Map<String, ConsularOutlook> then = GapsQuery.inWorld(basis, before, Optional.of(section)).consular();
            Map<String, ConsularOutlook> now = GapsQuery.inWorld(basis, after, Optional.of(section)).consular();
            List<MetricChange> changes = new ArrayList<>();
            for (Map.Entry<String, ConsularOutlook> entry : then.entrySet()) {
                ConsularOutlook a = entry.getValue();
                ConsularOutlook b = now.get(entry.getKey());
                if (b == null) {
                    continue;
                }
                double capacityBefore = a.capacity().adjudicationsPerMonth();
                double capacityAfter = b.capacity().adjudicationsPerMonth();
                if (capacityBefore != capacityAfter || !a.waitNow().equals(b.waitNow())) {
                    changes.add(new MetricChange("consular-capacity", entry.getKey(), OptionalDouble.of(capacityBefore),
                            OptionalDouble.of(capacityAfter), entry.getKey() + ": " + Math.round(capacityBefore)
                            + " → " + Math.round(capacityAfter) + " visa adjudications a month; wait "
                            + wait(a.waitNow()) + " → " + wait(b.waitNow())));
                }
            }
            return changes;
        };
    }

    private static String wait(ExpectedWait wait) {
        if (wait instanceof ExpectedWait.Months months) {
            return String.format(Locale.ROOT, "%.1f months", months.months());
        }
        return "unbounded";
    }

    /** The cumulative net escalation index up to the scenario's date, before and after. */
    static ScenarioAnalysis escalationChange() {
        return (before, after) -> {
            OptionalDouble a = cumulativeNet(before);
            OptionalDouble b = cumulativeNet(after);
            if (a.equals(b)) {
                return List.of();
            }
            return List.of(new MetricChange("escalation-index", "", a, b, "cumulative net escalation index: "
                    + format(a) + " → " + format(b)));
        };
    }

    private static OptionalDouble cumulativeNet(ScenarioWorld world) {
        List<Entry> entries = world.entries().stream()
                .filter(e -> !e.occurredOn().date().isAfter(world.asOf())).toList();
        List<MonthlyEscalation> months = new GoldsteinEscalationIndex(entries).monthly();
        return months.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(months.get(months.size() - 1).cumulativeNet());
    }

    private static String format(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.1f", value.getAsDouble()) : "none";
    }
}
