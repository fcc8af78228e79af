package org.detente.ledger;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.detente.model.Source;

/**
 * How an entry stands against its sources, computed from them: contested (a {@link Contest} is
 * recorded), corroborated by two or more independent publishers, or resting on a single one.
 * Publishers are counted by {@link Source#independentPublisher()}, so a wire report carried by
 * two newspapers counts once.
 */
public record Corroboration(Standing standing, int publishers) {
    /** The three ways an entry can stand. */
    public enum Standing {
        CORROBORATED, SINGLE_SOURCE, CONTESTED
    }

    public Corroboration {
        Objects.requireNonNull(standing, "standing is required");
        if (publishers < 1) {
            throw new IllegalArgumentException("publishers must be at least 1, got " + publishers);
        }
    }

    /** The standing of an entry with {@code sources}, contested or not. */
    public static Corroboration of(List<Source> sources, boolean contested) {
        Set<String> independent = new LinkedHashSet<>();
        sources.forEach(source -> independent.add(source.independentPublisher()));
        int count = Math.max(1, independent.size());
        Standing standing = contested ? Standing.CONTESTED
                : count >= 2 ? Standing.CORROBORATED : Standing.SINGLE_SOURCE;
        return new Corroboration(standing, count);
    }

    /** In words: "corroborated by 3 publishers", "single source", "contested (2 publishers)". */
    public String words() {
        return switch (standing) {
            case CORROBORATED -> "corroborated by " + publishers + " publishers";
            case SINGLE_SOURCE -> "single source";
            case CONTESTED -> "contested (" + publishers + (publishers == 1 ? " publisher)" : " publishers)");
        };
    }
}
