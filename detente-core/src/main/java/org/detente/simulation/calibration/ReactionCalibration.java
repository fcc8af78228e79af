package org.detente.simulation.calibration;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import org.detente.analysis.CameoMatch;
import org.detente.analysis.ConflictWeight;
import org.detente.analysis.GoldsteinWeights;
import org.detente.analysis.GreedyReciprocityPairing;
import org.detente.analysis.ReciprocityRules;
import org.detente.analysis.ResponsePair;
import org.detente.ledger.Entry;
import org.detente.ledger.EntryId;
import org.detente.ledger.MeasureType;
import org.detente.ledger.Stance;
import org.detente.model.Country;
import org.detente.model.Dyad;

/**
 * Estimates from a dyad's ledger how each side has reacted to the other: a {@link ReactionProfile}
 * per side.
 *
 * <p><b>What counts.</b> The measures reciprocity counts ({@link GreedyReciprocityPairing#counts}:
 * punitive or conciliatory, dialogue excluded), retractions and retracted entries left out, dated
 * within the rules' period. Answers are the pairs {@link GreedyReciprocityPairing} finds with the
 * rules' window (explicit {@code respondsTo} links first, then the earliest unanswered measure of the
 * same category and stance).
 *
 * <p><b>Estimates</b> for side X facing side Y, for each stance s in {punitive, conciliatory}:
 * <ul>
 *   <li>trials n<sub>s</sub> = Y's measures of stance s dated from {@code from} to {@code to − window}
 *       (later ones may still be answered, so they are censored);</li>
 *   <li>answers k<sub>s</sub> = those of them paired with a response by X of the same stance that
 *       came at most {@code window} days later (in kind: an explicit link to a measure of the other
 *       stance does not count);</li>
 *   <li>p&#770;<sub>s</sub> = k<sub>s</sub> / n<sub>s</sub>, the maximum-likelihood estimate of a
 *       binomial probability; its standard error is &radic;(p&#770;(1 − p&#770;)/n<sub>s</sub>);</li>
 *   <li>lag: median and mean of the answers' lags in days; magnitude: mean ratio of the answer's
 *       magnitude to the measure's;</li>
 *   <li>initiatives: the calendar months of the period in which X took a punitive measure that
 *       answered nothing, and those with only unprompted conciliatory ones;</li>
 *   <li>weights: the mean Goldstein weight of X's punitive and of its conciliatory measures in the
 *       period (types without a CAMEO equivalent left out); a side with none takes the mean over
 *       every measure type of that stance.</li>
 * </ul>
 *
 * <p>Cost: that of the pairing, O(n log n) in the number of entries.
 */
public final class ReactionCalibration {

    private static final double DEFAULT_PUNITIVE_WEIGHT = meanWeightOfStance(Stance.PUNITIVE);
    private static final double DEFAULT_CONCILIATORY_WEIGHT = meanWeightOfStance(Stance.CONCILIATORY);

    private final Dyad dyad;
    private final List<Entry> entries;
    private final CalibrationRules rules;

    /**
     * A calibration over {@code entries} of {@code dyad} (any order, retractions included) under
     * {@code rules}.
     */
    public ReactionCalibration(Dyad dyad, Collection<Entry> entries, CalibrationRules rules) {
        this.dyad = Objects.requireNonNull(dyad, "dyad is required");
        this.rules = Objects.requireNonNull(rules, "rules is required");
        this.entries = LiveEntries.of(dyad, entries, rules.to());
    }

    /** Estimates both profiles. */
    public Calibration estimate() {
        List<ResponsePair> pairs = new GreedyReciprocityPairing(entries, new ReciprocityRules(rules.windowDays())).pair().pairs();
        Set<EntryId> responses = new HashSet<>();
        for (ResponsePair pair : pairs) {
            responses.add(pair.response().id());
        }
        return new Calibration(dyad, rules, profile(dyad.first(), pairs, responses), profile(dyad.second(), pairs, responses));
    }

    private ReactionProfile profile(Country side, List<ResponsePair> pairs, Set<EntryId> responses) {
        LocalDate lastTrial = rules.to().minusDays(rules.windowDays());
        return new ReactionProfile(side,
                reaction(side, Stance.PUNITIVE, pairs, lastTrial),
                reaction(side, Stance.CONCILIATORY, pairs, lastTrial),
                initiatives(side, responses),
                meanWeight(side, Stance.PUNITIVE, DEFAULT_PUNITIVE_WEIGHT),
                meanWeight(side, Stance.CONCILIATORY, DEFAULT_CONCILIATORY_WEIGHT));
    }

    private Reaction reaction(Country side, Stance stance, List<ResponsePair> pairs, LocalDate lastTrial) {
        int trials = 0;
        for (Entry entry : entries) {
            if (!entry.actor().equals(side) && isTrial(entry, stance, lastTrial)) {
                trials++;
            }
        }
        List<Long> lags = new ArrayList<>();
        double ratios = 0;
        for (ResponsePair pair : pairs) {
            if (pair.response().actor().equals(side) && isTrial(pair.measure(), stance, lastTrial)
                    && pair.response().type().stance() == stance && pair.lagDays() <= rules.windowDays()) {
                lags.add(pair.lagDays());
                ratios += pair.magnitudeRatio();
            }
        }
        int answered = lags.size();
        if (answered == 0) {
            return new Reaction(trials, 0, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
        }
        long[] sorted = lags.stream().mapToLong(Long::longValue).sorted().toArray();
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
        double mean = Arrays.stream(sorted).average().orElseThrow();
        return new Reaction(trials, answered, OptionalDouble.of(median), OptionalDouble.of(mean),
                OptionalDouble.of(ratios / answered));
    }

    private boolean isTrial(Entry entry, Stance stance, LocalDate lastTrial) {
        LocalDate day = entry.occurredOn().date();
        return entry.type().stance() == stance && GreedyReciprocityPairing.counts(entry.type())
                && !day.isBefore(rules.from()) && !day.isAfter(lastTrial);
    }

    private Initiatives initiatives(Country side, Set<EntryId> responses) {
        YearMonth first = YearMonth.from(rules.from());
        int months = (int) ChronoUnit.MONTHS.between(first, YearMonth.from(rules.to())) + 1;
        // 0 quiet, 1 conciliatory, 2 punitive: punitive wins within a month.
        byte[] kind = new byte[months];
        for (Entry entry : entries) {
            LocalDate day = entry.occurredOn().date();
            if (!entry.actor().equals(side) || day.isBefore(rules.from()) || !GreedyReciprocityPairing.counts(entry.type())
                    || responses.contains(entry.id())) {
                continue;
            }
            int month = (int) ChronoUnit.MONTHS.between(first, YearMonth.from(day));
            kind[month] = (byte) Math.max(kind[month], entry.type().stance() == Stance.PUNITIVE ? 2 : 1);
        }
        int punitive = 0;
        int conciliatory = 0;
        for (byte k : kind) {
            punitive += k == 2 ? 1 : 0;
            conciliatory += k == 1 ? 1 : 0;
        }
        return new Initiatives(months, punitive, conciliatory);
    }

    private double meanWeight(Country side, Stance stance, double fallback) {
        double sum = 0;
        int count = 0;
        for (Entry entry : entries) {
            if (entry.actor().equals(side) && entry.type().stance() == stance && GreedyReciprocityPairing.counts(entry.type())
                    && !entry.occurredOn().date().isBefore(rules.from())) {
                ConflictWeight weight = GoldsteinWeights.of(entry.type());
                if (weight.match() != CameoMatch.NONE) {
                    sum += weight.weight();
                    count++;
                }
            }
        }
        return count == 0 ? fallback : clamp(sum / count, stance);
    }

    private static double meanWeightOfStance(Stance stance) {
        double sum = 0;
        int count = 0;
        for (MeasureType type : MeasureType.values()) {
            ConflictWeight weight = GoldsteinWeights.of(type);
            if (type.stance() == stance && GreedyReciprocityPairing.counts(type) && weight.match() != CameoMatch.NONE) {
                sum += weight.weight();
                count++;
            }
        }
        return clamp(sum / count, stance);
    }

    // A punitive type could in principle carry a cooperative weight; the profile's sign invariant wins.
    private static double clamp(double weight, Stance stance) {
        return stance == Stance.PUNITIVE ? Math.min(0, weight) : Math.max(0, weight);
    }
}
