package org.detente.model;

import java.util.List;
import java.util.Objects;

/**
 * Something that exists before the ledger speaks of it, with the sources that say so and how sure
 * the dataset is of its baseline ({@link Confidence#LOW} with a {@code note} when the sources
 * disagree or do not confirm a figure).
 */
public interface Definition {
    /** The id, as written in files. */
    String key();

    List<Source> sources();

    Confidence confidence();

    /** Context or caveats about the baseline; empty when there are none. */
    String note();

    /** Checks the shared rule: at least one source. */
    static List<Source> requireSources(List<Source> sources, String what) {
        if (sources == null || sources.isEmpty()) {
            throw new IllegalArgumentException(what + " needs at least one source");
        }
        return List.copyOf(sources);
    }

    /** Checks the shared rule: a confidence is given (high unless said otherwise). */
    static Confidence requireConfidence(Confidence confidence, String what) {
        return Objects.requireNonNull(confidence, what + " needs a confidence");
    }
}
