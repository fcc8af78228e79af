package org.detente.testkit;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.detente.ledger.Entry;
import org.detente.ledger.EntryId;
import org.detente.ledger.Measure;
import org.detente.ledger.Retraction;
import org.detente.model.Confidence;
import org.detente.model.Country;
import org.detente.model.Dyad;
import org.detente.model.HistoricalDate;
import org.detente.model.Source;

/**
 * Sourced ledger entries for tests, with defaults that make a valid entry: the US–Russia dyad, the
 * US acting on Russia, recorded by {@code editor-1} at 09:30 UTC on the day it occurred, high
 * confidence, and one source of its own (an example page published that day).
 * <pre>{@code
 * Entry e = Entries.entry("us-expels-35").by(Entries.US).on("2016-12-29").does(expelled);
 * Entry r = Entries.retraction("r-1", e, "recorded twice by mistake");
 * }</pre>
 * The same idiom as detente-core's own test fixtures, which cannot use this kit (it depends on the core).
 */
public final class Entries {
    public static final Dyad US_RU = Dyad.parse("us-ru");
    public static final Country US = Country.of("US");
    public static final Country RU = Country.of("RU");
    /** Who records an entry unless a test says otherwise. */
    public static final String AUTHOR = "editor-1";

    private Entries() {
    }

    public static Builder entry(String id) {
        return new Builder(id);
    }

    /** The one source an entry cites by default: a report on it, published on {@code day}. */
    public static Source sourceFor(String id, LocalDate day) {
        return new Source(URI.create("https://example.org/news/" + id), "Report on " + id, "Example News", day);
    }

    /**
     * An entry that retracts {@code retracted}: by the same actor in the same dyad, a day after the
     * retracted entry occurred, giving {@code reason}.
     */
    public static Entry retraction(String id, Entry retracted, String reason) {
        return entry(id).in(retracted.dyad()).by(retracted.actor()).on(retracted.occurredOn().date().plusDays(1))
                .does(new Retraction(retracted.id(), reason));
    }

    /** An entry under construction; {@link #does} makes it. */
    public static final class Builder {
        private final String id;
        private Dyad dyad = US_RU;
        private Country actor = US;
        private HistoricalDate occurredOn = HistoricalDate.parse("2025-01-01");
        private Instant recordedAt;
        private String author = AUTHOR;
        private List<Source> sources;
        private Optional<EntryId> respondsTo = Optional.empty();
        private Confidence confidence = Confidence.HIGH;
        private String note = "";

        private Builder(String id) {
            this.id = Objects.requireNonNull(id, "id is required");
        }

        /** The dyad; the actor stays, so give one of its parties. */
        public Builder in(Dyad dyad) {
            this.dyad = dyad;
            return this;
        }

        /** The acting country; the target is the other party of the dyad. */
        public Builder by(Country actor) {
            this.actor = actor;
            return this;
        }

        /** {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}. */
        public Builder on(String date) {
            return on(HistoricalDate.parse(date));
        }

        public Builder on(LocalDate day) {
            return on(HistoricalDate.ofDay(day));
        }

        public Builder on(HistoricalDate date) {
            this.occurredOn = date;
            return this;
        }

        public Builder recordedAt(Instant instant) {
            this.recordedAt = instant;
            return this;
        }

        public Builder author(String author) {
            this.author = author;
            return this;
        }

        public Builder sources(List<Source> sources) {
            this.sources = List.copyOf(sources);
            return this;
        }

        public Builder respondsTo(String entryId) {
            this.respondsTo = Optional.of(EntryId.of(entryId));
            return this;
        }

        public Builder confidence(Confidence confidence) {
            this.confidence = confidence;
            return this;
        }

        public Builder note(String note) {
            this.note = note;
            return this;
        }

        public Entry does(Measure measure) {
            LocalDate day = occurredOn.date();
            Instant recorded = recordedAt != null ? recordedAt : day.atTime(9, 30).toInstant(ZoneOffset.UTC);
            List<Source> cited = sources != null ? sources : List.of(sourceFor(id, day));
            return new Entry(EntryId.of(id), 0, dyad, actor, dyad.other(actor), occurredOn, recorded, author, cited,
                    respondsTo, confidence, note, measure);
        }
    }
}
