package org.detente.simulation.calibration;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Objects;
import org.detente.analysis.GreedyReciprocityPairing;
import org.detente.ledger.Entry;
import org.detente.ledger.MeasureType;
import org.detente.ledger.Stance;
import org.detente.model.Dyad;
import org.detente.roadmap.GoalEvaluation;
import org.detente.roadmap.GoalStatus;
import org.detente.roadmap.Roadmap;
import org.detente.roadmap.RoadmapEvaluation;
import org.detente.roadmap.StateHistory;

/**
 * The observed pace at which mutual conciliation turned into goals met: over a period,
 * {@code goalsMet} goals came to be met and {@code mutualConciliationMonths} calendar months saw
 * both sides conciliate. The forecast meets a goal in a month of mutual conciliation with
 * probability {@link #probabilityPerMutualMonth()} = (goalsMet + ½) / (mutualConciliationMonths + 1),
 * capped at 1: the observed ratio pulled towards ½ by half an observation each way (the Jeffreys
 * estimate), so that a short period with no goal met still leaves a chance, and one goal met in one
 * month is not taken as certainty.
 *
 * @param goalsMet                 goals met at the end of the period and not at its start
 * @param mutualConciliationMonths months in which each side's observed move was conciliatory
 */
public record GoalPace(int goalsMet, int mutualConciliationMonths) {

    /** Checks that both counts are non-negative. */
    public GoalPace {
        if (goalsMet < 0 || mutualConciliationMonths < 0) {
            throw new IllegalArgumentException("goalsMet and mutualConciliationMonths must not be negative, got "
                    + goalsMet + " and " + mutualConciliationMonths);
        }
    }

    /** The probability that a month of mutual conciliation meets the top-ranked READY goal. */
    public double probabilityPerMutualMonth() {
        return Math.min(1.0, (goalsMet + 0.5) / (mutualConciliationMonths + 1.0));
    }

    /**
     * The pace observed from {@code from} to {@code to} (inclusive). A side's observed move in a
     * month is punitive if it took any punitive measure (of those reciprocity counts), else
     * conciliatory if it took any conciliatory measure or talks were held that month (talks are a
     * joint act, so they count for both sides), else quiet. Goals met are counted by evaluating the
     * roadmap at both ends.
     */
    public static GoalPace observe(Roadmap roadmap, StateHistory history, Dyad dyad, Collection<Entry> entries,
                                   LocalDate from, LocalDate to) {
        Objects.requireNonNull(roadmap, "roadmap is required");
        Objects.requireNonNull(history, "history is required");
        Objects.requireNonNull(dyad, "dyad is required");
        Objects.requireNonNull(from, "from is required");
        Objects.requireNonNull(to, "to is required");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " must not be after to " + to);
        }
        RoadmapEvaluation before = roadmap.evaluate(history, from);
        RoadmapEvaluation after = roadmap.evaluate(history, to);
        int met = 0;
        for (GoalEvaluation goal : after.goals()) {
            if (goal.status() == GoalStatus.MET && before.goal(goal.id()).map(g -> g.status() != GoalStatus.MET).orElse(true)) {
                met++;
            }
        }
        YearMonth first = YearMonth.from(from);
        int months = (int) ChronoUnit.MONTHS.between(first, YearMonth.from(to)) + 1;
        // Per side and month: 0 quiet, 1 conciliatory, 2 punitive; punitive wins within a month.
        byte[][] moves = new byte[2][months];
        for (Entry entry : LiveEntries.of(dyad, entries, to)) {
            LocalDate day = entry.occurredOn().date();
            if (day.isBefore(from)) {
                continue;
            }
            int month = (int) ChronoUnit.MONTHS.between(first, YearMonth.from(day));
            int side = entry.actor().equals(dyad.first()) ? 0 : 1;
            if (entry.type() == MeasureType.TALKS_HELD) {
                moves[0][month] = (byte) Math.max(moves[0][month], 1);
                moves[1][month] = (byte) Math.max(moves[1][month], 1);
            } else if (GreedyReciprocityPairing.counts(entry.type())) {
                moves[side][month] = (byte) Math.max(moves[side][month], entry.type().stance() == Stance.PUNITIVE ? 2 : 1);
            }
        }
        int mutual = 0;
        for (int m = 0; m < months; m++) {
            mutual += moves[0][m] == 1 && moves[1][m] == 1 ? 1 : 0;
        }
        return new GoalPace(met, mutual);
    }
}
