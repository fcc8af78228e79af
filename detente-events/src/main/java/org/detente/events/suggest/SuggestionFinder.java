package org.detente.events.suggest;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.detente.events.store.StoredEvent;
import org.detente.model.Country;
import org.detente.model.Dyad;

/**
 * Groups a dyad's matching events into suggestions. Many articles report one act, and each can
 * become its own event, dated the day it was reported; events with the same actor, target and
 * rule (hence the same CAMEO root) whose days are each within one day of the previous one form
 * one suggestion (single linkage: a run of daily reports stays one act). O(n log n).
 */
public final class SuggestionFinder {
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

    private SuggestionFinder() {
    }

    public static List<Suggestion> find(Dyad dyad, List<StoredEvent> events) {
        Map<String, List<StoredEvent>> byKind = new LinkedHashMap<>();
        for (StoredEvent event : events) {
            Optional<SuggestionRule> rule = SuggestionRule.of(event.cameo());
            if (rule.isEmpty() || !dyad.includes(Country.of(event.actor())) || !dyad.includes(Country.of(event.target()))) {
                continue;
            }
            byKind.computeIfAbsent(event.actor() + "|" + event.target() + "|" + rule.get(), k -> new ArrayList<>())
                    .add(event);
        }
        List<Suggestion> suggestions = new ArrayList<>();
        for (List<StoredEvent> kind : byKind.values()) {
            kind.sort(Comparator.comparing(StoredEvent::day).thenComparingLong(StoredEvent::eventId));
            List<StoredEvent> run = new ArrayList<>();
            for (StoredEvent event : kind) {
                if (!run.isEmpty() && event.day().isAfter(run.get(run.size() - 1).day().plusDays(1))) {
                    suggestions.add(suggestion(dyad, run));
                    run = new ArrayList<>();
                }
                run.add(event);
            }
            suggestions.add(suggestion(dyad, run));
        }
        suggestions.sort(Comparator.comparing(Suggestion::firstDay).thenComparing(Suggestion::id));
        return suggestions;
    }

    private static Suggestion suggestion(Dyad dyad, List<StoredEvent> run) {
        StoredEvent first = run.get(0);
        SuggestionRule rule = SuggestionRule.of(first.cameo()).orElseThrow();
        List<StoredEvent> byMentions = new ArrayList<>(run);
        byMentions.sort(Comparator.comparingInt(StoredEvent::mentions).reversed()
                .thenComparing(e -> e.url().isEmpty())
                .thenComparingLong(StoredEvent::eventId));
        List<Suggestion.EventRef> sources = byMentions.stream().limit(Suggestion.MAX_SOURCES)
                .map(e -> new Suggestion.EventRef(e.source(), e.eventId(), e.day(), e.cameo(), e.mentions(), e.url()))
                .toList();
        String id = ("ev-" + first.actor() + "-" + first.target() + "-" + COMPACT.format(first.day()) + "-"
                + rule.type().code()).toLowerCase(Locale.ROOT);
        long mentions = run.stream().mapToLong(StoredEvent::mentions).sum();
        return new Suggestion(id, dyad, Country.of(first.actor()), Country.of(first.target()), first.day(),
                run.get(run.size() - 1).day(), rule, byMentions.get(0).cameo(), run.size(), mentions, sources,
                Suggestion.Status.PENDING, Optional.empty());
    }
}
