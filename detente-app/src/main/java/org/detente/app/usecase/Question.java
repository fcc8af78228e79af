package org.detente.app.usecase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What every answer about a dyad is asked: which dyad, as of which date, and as the ledger knew it
 * at which moment (empty: everything recorded). Each face parses it once at its edge, with its own
 * framework's means, and hands it to a use case; no answer can then forget the moment.
 *
 * @param dyad    the dyad's id, e.g. {@code us-ru}
 * @param asOf    the date looked at: entries that occurred after it do not count
 * @param knownAt the moment of knowledge: only entries (and retractions) recorded by then count
 */
public record Question(String dyad, LocalDate asOf, Optional<Instant> knownAt) {
    public Question {
        Objects.requireNonNull(dyad, "dyad is required");
        if (dyad.isBlank()) {
            throw new IllegalArgumentException("dyad must not be blank");
        }
        Objects.requireNonNull(asOf, "asOf is required");
        Objects.requireNonNull(knownAt, "knownAt is required (empty for everything recorded)");
    }

    /** The same question about another date. */
    public Question on(LocalDate date) {
        return new Question(dyad, date, knownAt);
    }
}
