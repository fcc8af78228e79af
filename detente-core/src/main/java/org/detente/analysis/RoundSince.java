package org.detente.analysis;

import java.util.Objects;
import java.util.OptionalLong;
import org.detente.ledger.EntryId;
import org.detente.model.HistoricalDate;
import org.detente.model.Text;

/** A round of talks, the days from it to the date asked for, and the days since the round before. */
public record RoundSince(EntryId entry, HistoricalDate date, String venue, long daysSince,
                         OptionalLong daysSincePreviousRound) {
    public RoundSince {
        Objects.requireNonNull(entry, "entry is required");
        Objects.requireNonNull(date, "date is required");
        venue = Text.optional(venue);
        Objects.requireNonNull(daysSincePreviousRound, "daysSincePreviousRound is required (empty for the first)");
        if (daysSince < 0) {
            throw new IllegalArgumentException("daysSince must not be negative, got " + daysSince);
        }
    }
}
