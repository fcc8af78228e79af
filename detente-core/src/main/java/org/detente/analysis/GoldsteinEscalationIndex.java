package org.detente.analysis;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.detente.ledger.Entry;
import org.detente.model.DatePrecision;
import org.detente.model.Dyad;

/**
 * The conflict–cooperation index of a dyad per month: the sum of the {@link GoldsteinWeights} of
 * the entries each side took (its actor), per month and cumulative, and the net of both sides.
 *
 * <p>As in the event-data literature, each entry counts once whatever its size (expelling 60 weighs
 * as much as expelling 2); magnitudes matter in {@link GreedyReciprocityPairing} instead. Retracted
 * entries never count. Every month from the first to the last entry appears, empty months with 0.
 */
public final class GoldsteinEscalationIndex {
    private final Entry[] entries;

    /** The index over {@code entries} (in any order, retractions included). */
    public GoldsteinEscalationIndex(Collection<Entry> entries) {
        this.entries = CurrentEntries.of(entries);
    }

    /** The months from the first entry to the last, in order; empty when there is no entry. */
    public List<MonthlyEscalation> monthly() {
        List<MonthlyEscalation> result = new ArrayList<>();
        if (entries.length == 0) {
            return result;
        }
        Dyad dyad = entries[0].dyad();
        YearMonth month = YearMonth.from(entries[0].occurredOn().date());
        YearMonth last = YearMonth.from(entries[entries.length - 1].occurredOn().date());
        double cumFirst = 0;
        double cumSecond = 0;
        int i = 0;
        while (!month.isAfter(last)) {
            double first = 0;
            double second = 0;
            int eventsFirst = 0;
            int eventsSecond = 0;
            int imprecise = 0;
            while (i < entries.length && YearMonth.from(entries[i].occurredOn().date()).equals(month)) {
                Entry entry = entries[i++];
                ConflictWeight weight = GoldsteinWeights.of(entry.type());
                if (weight.match() == CameoMatch.NONE) {
                    continue;
                }
                if (entry.occurredOn().precision() != DatePrecision.DAY) {
                    imprecise++;
                }
                if (entry.actor().equals(dyad.first())) {
                    first += weight.weight();
                    eventsFirst++;
                } else {
                    second += weight.weight();
                    eventsSecond++;
                }
            }
            cumFirst += first;
            cumSecond += second;
            result.add(new MonthlyEscalation(month, List.of(
                    new SideScore(dyad.first(), first, cumFirst, eventsFirst),
                    new SideScore(dyad.second(), second, cumSecond, eventsSecond)),
                    first + second, cumFirst + cumSecond, imprecise));
            month = month.plusMonths(1);
        }
        return result;
    }
}
