package org.detente.events.ingest;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.detente.model.Country;

/**
 * One coded event as read from a file: who did what to whom, when. {@code actor1} acts on
 * {@code actor2}; each is the state of the actor when the file names one (mapped to ISO alpha-2).
 * {@code goldstein} is the file's own weight (GDELT) or the CAMEO table's (ICEWS). Mentions,
 * sources, tone and URL are there when the format has them.
 */
public record EventRecord(EventSource source, long eventId, LocalDate day, Optional<Country> actor1,
                          Optional<Country> actor2, String cameo, int quadClass, double goldstein,
                          OptionalInt mentions, OptionalInt sources, OptionalDouble tone, Optional<String> url) {
    public EventRecord {
        Objects.requireNonNull(source, "source is required");
        Objects.requireNonNull(day, "day is required");
        Objects.requireNonNull(actor1, "actor1 is required (empty when not a state)");
        Objects.requireNonNull(actor2, "actor2 is required (empty when not a state)");
        Objects.requireNonNull(cameo, "cameo is required");
        if (quadClass < 1 || quadClass > 4) {
            throw new IllegalArgumentException("quadClass must be 1..4, got " + quadClass);
        }
        Objects.requireNonNull(mentions, "mentions is required (empty when absent)");
        Objects.requireNonNull(sources, "sources is required (empty when absent)");
        Objects.requireNonNull(tone, "tone is required (empty when absent)");
        Objects.requireNonNull(url, "url is required (empty when absent)");
    }

    /** Whether the event is an act of one state towards another: what the store keeps. */
    public boolean isInterstate() {
        return actor1.isPresent() && actor2.isPresent() && !actor1.get().equals(actor2.get());
    }

    /** The months since year 0 ({@code year * 12 + month - 1}), the index series are kept by. */
    public int monthIndex() {
        return day.getYear() * 12 + day.getMonthValue() - 1;
    }

    /** The Goldstein weight in tenths, exact (the published weights have one decimal). */
    public long goldsteinTenths() {
        return Math.round(goldstein * 10);
    }
}
