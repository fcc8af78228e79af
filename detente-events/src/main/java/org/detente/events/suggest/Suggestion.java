package org.detente.events.suggest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.detente.model.Country;
import org.detente.model.Dyad;

/**
 * A suggested ledger entry: one act ({@code actor} on {@code target}, of the rule's kind) reported
 * by {@code reports} events between {@code firstDay} and {@code lastDay} (chained: each within a
 * day of the previous). {@code cameo} and {@code url} are those of the most mentioned report;
 * {@code sources} are up to {@value #MAX_SOURCES} events, most mentioned first. The id
 * ({@code ev-us-ru-20180326-staff-expelled}) is stable and is the id of the entry it becomes.
 */
public record Suggestion(String id, Dyad dyad, Country actor, Country target, LocalDate firstDay, LocalDate lastDay,
                         SuggestionRule rule, String cameo, int reports, long mentions, List<EventRef> sources,
                         Status status, Optional<String> entryId) {
    /** How many reporting events a suggestion keeps as sources. */
    public static final int MAX_SOURCES = 3;

    /** Where an editor's decision stands. */
    public enum Status { PENDING, ACCEPTED, DISMISSED }

    /** One reporting event: its data set, id, day, code, mentions and address when it has one. */
    public record EventRef(String source, long eventId, LocalDate day, String cameo, int mentions,
                           Optional<String> url) {
        public EventRef {
            Objects.requireNonNull(source, "source is required");
            Objects.requireNonNull(url, "url is required (empty when none)");
        }
    }

    public Suggestion {
        Objects.requireNonNull(id, "id is required");
        Objects.requireNonNull(dyad, "dyad is required");
        Objects.requireNonNull(rule, "rule is required");
        if (firstDay.isAfter(lastDay)) {
            throw new IllegalArgumentException("firstDay " + firstDay + " is after lastDay " + lastDay);
        }
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a suggestion needs at least one reporting event");
        }
        Objects.requireNonNull(status, "status is required");
        Objects.requireNonNull(entryId, "entryId is required (empty unless accepted)");
    }

    /** This suggestion with an editor's decision. */
    public Suggestion decided(Status newStatus, Optional<String> newEntryId) {
        return new Suggestion(id, dyad, actor, target, firstDay, lastDay, rule, cameo, reports, mentions, sources,
                newStatus, newEntryId);
    }
}
