package org.detente.analysis;

import java.util.Objects;
import java.util.OptionalDouble;
import org.detente.ledger.MeasureCategory;
import org.detente.ledger.Stance;

/**
 * What each side did in one category and stance, for example punitive staff measures: the totals
 * of the dyad's first and second country, the {@link #balance()} (first minus second, in
 * magnitude) and the {@link #parity()} (smaller over larger magnitude: 1.0 is exact parity).
 */
public record CategoryParity(MeasureCategory category, Stance stance, SideTotals first, SideTotals second) {
    public CategoryParity {
        Objects.requireNonNull(category, "category is required");
        Objects.requireNonNull(stance, "stance is required");
        Objects.requireNonNull(first, "first is required");
        Objects.requireNonNull(second, "second is required");
        if (first.side().equals(second.side())) {
            throw new IllegalArgumentException("first and second must be different sides, both are " + first.side());
        }
    }

    /** The first country's magnitude minus the second's. */
    public long balance() {
        return first.magnitude() - second.magnitude();
    }

    /** Smaller magnitude over larger, in [0, 1]; empty when neither side did anything. */
    public OptionalDouble parity() {
        long max = Math.max(first.magnitude(), second.magnitude());
        return max == 0 ? OptionalDouble.empty()
                : OptionalDouble.of((double) Math.min(first.magnitude(), second.magnitude()) / max);
    }
}
