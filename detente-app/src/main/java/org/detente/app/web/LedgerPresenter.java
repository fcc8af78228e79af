package org.detente.app.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.detente.analysis.ReciprocityRules;
import org.detente.analysis.ResponsePair;
import org.detente.ledger.Entry;
import org.detente.ledger.MeasureType;
import org.detente.model.Country;
import org.detente.model.DyadDefinition;
import org.detente.model.Source;

/** Builds the timeline: entries up to the date that pass the filters, with links between measures and responses. */
final class LedgerPresenter {
    private LedgerPresenter() {
    }

    /** Entries on a page of the timeline: enough to read, few enough to stay light on a large ledger. */
    static final int PAGE_SIZE = 50;

    /**
     * Page {@code page} (from 1; out of range: the nearest) of the entries that pass the filters,
     * newest first; when {@code focus} names one of them, the page that holds it.
     */
    static LedgerPage present(Frame frame, PageQuestion analyses, LocalDate asOf, LedgerPage.Filters filters,
                              int page, String focus, String notice) {
        DyadDefinition definition = analyses.ledger().definition();
        List<Entry> entries = analyses.ledger().entriesKnownAt(analyses.knownAt());
        Map<String, Entry> byId = new HashMap<>();
        for (Entry entry : entries) {
            byId.put(entry.id().value(), entry);
        }
        Map<String, Set<String>> answers = new HashMap<>();
        Map<String, Set<String>> answeredBy = new HashMap<>();
        for (ResponsePair pair : analyses.reciprocityAsOf(asOf, ReciprocityRules.DEFAULT.windowDays()).report().pairs()) {
            link(answers, answeredBy, pair.response().id().value(), pair.measure().id().value());
        }
        for (Entry entry : entries) {
            entry.respondsTo().ifPresent(to -> link(answers, answeredBy, entry.id().value(), to.value()));
        }
        Set<String> retracted = PageSupport.retracted(entries);
        Optional<MeasureType> type = MeasureType.fromCode(filters.type());
        Optional<LocalDate> from = date(filters.from());
        Optional<LocalDate> to = date(filters.to());
        String text = filters.text().toLowerCase(Locale.ROOT).trim();
        List<Entry> shown = new ArrayList<>();
        int total = 0;
        for (Entry entry : entries) {
            LocalDate date = entry.occurredOn().date();
            if (date.isAfter(asOf)) {
                continue;
            }
            total++;
            if (type.isPresent() && entry.type() != type.get()
                    || !filters.actor().isEmpty() && !entry.actor().code().equals(filters.actor())
                    || from.isPresent() && date.isBefore(from.get()) || to.isPresent() && date.isAfter(to.get())
                    || !text.isEmpty() && !matches(entry, Labels.describe(entry, definition), text)) {
                continue;
            }
            shown.add(entry);
        }
        shown.sort(Comparator.comparing((Entry e) -> e.occurredOn().toString()).thenComparingLong(Entry::sequence)
                .reversed());
        int pages = Math.max(1, (shown.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int number = Math.min(Math.max(1, page), pages);
        for (int i = 0; i < shown.size() && !focus.isEmpty(); i++) {
            if (shown.get(i).id().value().equals(focus)) {
                number = i / PAGE_SIZE + 1;
            }
        }
        String base = frame.path() + "?" + frame.query() + param("type", filters.type()) + param("actor", filters.actor())
                + param("from", filters.from()) + param("to", filters.to()) + param("q", filters.text()) + "&page=";
        Paging paging = Paging.at(number, pages, shown.size(), PAGE_SIZE, base);
        List<LedgerPage.Item> items = new ArrayList<>();
        for (Entry entry : shown.subList(paging.from(), paging.to())) {
            items.add(new LedgerPage.Item(entry.id().value(), entry.sequence(), entry.occurredOn().toString(),
                    Labels.words(entry.type().code()), Views.Badge.of(entry.type().stance().name()), entry.actor().code(),
                    entry.target().code(), Views.EntryText.of(entry, definition), entry.note(),
                    Labels.words(entry.confidence()), entry.author(), retracted.contains(entry.id().value()),
                    links(answers.get(entry.id().value()), byId, definition),
                    links(answeredBy.get(entry.id().value()), byId, definition), entry.corroboration().words()));
        }
        List<LedgerPage.Option> types = new ArrayList<>();
        types.add(new LedgerPage.Option("", "any type", filters.type().isEmpty()));
        for (MeasureType t : MeasureType.values()) {
            types.add(new LedgerPage.Option(t.code(), Labels.words(t.code()), t.code().equals(filters.type())));
        }
        List<LedgerPage.Option> actors = new ArrayList<>();
        actors.add(new LedgerPage.Option("", "either side", filters.actor().isEmpty()));
        for (Country c : List.of(definition.dyad().first(), definition.dyad().second())) {
            actors.add(new LedgerPage.Option(c.code(), definition.nameOf(c), c.code().equals(filters.actor())));
        }
        return new LedgerPage(frame, filters, types, actors, items, total, paging, notice);
    }

    private static String param(String name, String value) {
        return value.isEmpty() ? "" : "&" + name + "=" + PageRequests.url(value);
    }

    private static void link(Map<String, Set<String>> answers, Map<String, Set<String>> answeredBy, String response,
                             String measure) {
        answers.computeIfAbsent(response, k -> new LinkedHashSet<>()).add(measure);
        answeredBy.computeIfAbsent(measure, k -> new LinkedHashSet<>()).add(response);
    }

    private static List<LedgerPage.Link> links(Set<String> ids, Map<String, Entry> byId, DyadDefinition definition) {
        List<LedgerPage.Link> links = new ArrayList<>();
        if (ids != null) {
            for (String id : ids) {
                Entry e = byId.get(id);
                links.add(new LedgerPage.Link(id, e == null ? id : e.occurredOn() + ": " + Labels.describe(e, definition)));
            }
        }
        return links;
    }

    private static boolean matches(Entry entry, String description, String text) {
        if (entry.id().value().toLowerCase(Locale.ROOT).contains(text)
                || description.toLowerCase(Locale.ROOT).contains(text)
                || entry.note().toLowerCase(Locale.ROOT).contains(text)) {
            return true;
        }
        for (Source source : entry.sources()) {
            if (source.title().toLowerCase(Locale.ROOT).contains(text)
                    || source.publisher().toLowerCase(Locale.ROOT).contains(text)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<LocalDate> date(String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.trim()));
        } catch (java.time.format.DateTimeParseException e) {
            throw new WebException(400, "'" + text + "' is not a date (YYYY-MM-DD)");
        }
    }
}
