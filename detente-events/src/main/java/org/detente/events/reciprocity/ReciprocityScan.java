package org.detente.events.reciprocity;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.detente.events.signals.MonthRange;

/**
 * The all-dyads reciprocity job: asks the engine for the {@link ReciprocityCalculator statistics}
 * of every directed pair ({@link PairMonthSource#reciprocity}: streamed pair by pair from an
 * embedded store, computed where the aggregates are on a cluster) and ranks them. Memory holds the
 * results, one small record per directed pair.
 */
public final class ReciprocityScan {
    /** Default fewest active months for a pair to be ranked. */
    public static final int DEFAULT_MIN_ACTIVE_MONTHS = 6;

    private final PairMonthSource engine;
    private final int minActiveMonths;
    private final int top;

    /**
     * @param minActiveMonths the fewest months with events for a pair to be ranked
     * @param top             how many pairs each ranking lists
     */
    public ReciprocityScan(PairMonthSource engine, int minActiveMonths, int top) {
        this.engine = Objects.requireNonNull(engine, "engine is required");
        if (minActiveMonths < 1) {
            throw new IllegalArgumentException("minActiveMonths must be at least 1, got " + minActiveMonths);
        }
        if (top < 0) {
            throw new IllegalArgumentException("top must not be negative, got " + top);
        }
        this.minActiveMonths = minActiveMonths;
        this.top = top;
    }

    public ReciprocityScan(PairMonthSource engine) {
        this(engine, DEFAULT_MIN_ACTIVE_MONTHS, 10);
    }

    /** Scans every pair over the months with events (an empty report when there are none). */
    public ReciprocityReport scan() {
        return engine.span().map(this::scan).orElseGet(() -> new ReciprocityReport(
                new MonthRange(java.time.YearMonth.of(1970, 1), java.time.YearMonth.of(1970, 1)), minActiveMonths,
                List.of(), List.of(), List.of()));
    }

    /** Scans every pair over {@code period}. */
    public ReciprocityReport scan(MonthRange period) {
        Objects.requireNonNull(period, "period is required");
        List<PairReciprocity> pairs = engine.reciprocity(period);
        for (int i = 0; i < pairs.size(); i++) {
            // the rankings below find a direction's reverse at i ^ 1
            if ((i ^ 1) >= pairs.size() || !pairs.get(i).actor().equals(pairs.get(i ^ 1).responder())) {
                throw new IllegalStateException("the engine's pairs are not in twos at index " + i);
            }
        }
        Comparator<PairReciprocity> byNames = Comparator.comparing(PairReciprocity::actor)
                .thenComparing(PairReciprocity::responder);
        // Directed pairs come in twos (A→B at an even index, B→A right after): i ^ 1 is the reverse.
        List<PairReciprocity> reciprocating = java.util.stream.IntStream.range(0, pairs.size())
                .filter(i -> pairs.get(i ^ 1).activeMonths() >= minActiveMonths)
                .mapToObj(pairs::get)
                .filter(p -> p.bestCorrelation().isPresent() && p.activeMonths() >= minActiveMonths)
                .sorted(Comparator.comparingDouble((PairReciprocity p) -> -p.bestCorrelation().getAsDouble())
                        .thenComparing(byNames))
                .limit(top).toList();
        List<PairReciprocity> oneSided = pairs.stream()
                .filter(p -> p.activeMonths() >= minActiveMonths)
                .sorted(Comparator.comparingDouble((PairReciprocity p) -> p.responseShare().orElse(0))
                        .thenComparing(Comparator.comparingLong(PairReciprocity::events).reversed())
                        .thenComparing(byNames))
                .limit(top).toList();
        return new ReciprocityReport(period, minActiveMonths, pairs, reciprocating, oneSided);
    }
}
