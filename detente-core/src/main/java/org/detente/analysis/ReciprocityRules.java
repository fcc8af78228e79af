package org.detente.analysis;

/**
 * The settings of reciprocity pairing: how many days after a measure an inferred response may come
 * ({@code windowDays}, 90 by default; explicit {@code respondsTo} links ignore it).
 */
public record ReciprocityRules(int windowDays) {
    /** The default window of 90 days. */
    public static final ReciprocityRules DEFAULT = new ReciprocityRules(90);

    public ReciprocityRules {
        if (windowDays < 0) {
            throw new IllegalArgumentException("windowDays must not be negative, got " + windowDays);
        }
    }
}
