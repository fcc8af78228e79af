package org.detente.app.feed;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.detente.app.report.EntryWords;
import org.detente.ledger.CommitmentMade;
import org.detente.ledger.Entry;
import org.detente.ledger.EntryId;
import org.detente.ledger.TalksCancelled;
import org.detente.model.CommitmentStatus;
import org.detente.model.HistoricalDate;
import org.detente.model.Source;
import org.detente.state.CommitmentState;
import org.detente.state.LedgerView;
import org.detente.state.PlannedTalks;
import org.detente.state.RelationsState;
import org.detente.state.TalksRound;

/**
 * The iCalendar feed (RFC 5545) of a dyad's dated events as of a date, as a view knows them: the
 * rounds of talks held (and channel meetings), the meetings announced for a date (cancelled ones
 * with {@code STATUS:CANCELLED}, so a subscribed calendar drops them), and the commitments that
 * have a due date. The ledger records no other deadline (an expulsion carries no departure date).
 *
 * <p>Every event is all-day over the period its date stands for (a day, a month, a year), has the
 * UID of its entry (the tag URI the Atom feed gives it too), {@code DTSTAMP} the moment the ledger
 * recorded what the event says, the entry's sentence as {@code SUMMARY}, the sources in
 * {@code DESCRIPTION}, and the entry on the dashboard as {@code URL}. Events come in date order.
 */
public final class LedgerCalendar {
    private final LedgerView view;
    private final EntryWords words;
    private final FeedLinks links;
    private final Map<EntryId, Entry> byId = new HashMap<>();

    public LedgerCalendar(LedgerView view, EntryWords words, FeedLinks links) {
        this.view = view;
        this.words = words;
        this.links = links;
        for (Entry entry : view.liveEntries()) {
            byId.put(entry.id(), entry);
        }
    }

    /** One event of the calendar, before it is written. */
    record Event(Entry entry, HistoricalDate date, String category, Instant stamp, boolean cancelled, String status) {
    }

    /** The events as of {@code asOf}, in date order (then by entry id). */
    List<Event> events(LocalDate asOf) {
        RelationsState state = view.state(asOf);
        List<Event> events = new ArrayList<>();
        for (TalksRound round : state.talks()) {
            Entry entry = byId.get(round.entry());
            events.add(new Event(entry, round.date(), "talks", entry.recordedAt(), false, ""));
        }
        for (PlannedTalks planned : state.plannedTalks()) {
            if (planned.plannedFor().isEmpty()) {
                continue;
            }
            Entry entry = byId.get(planned.entry());
            Optional<Entry> cancellation = cancellationOf(planned.entry(), asOf);
            Instant stamp = cancellation.map(Entry::recordedAt).filter(at -> at.isAfter(entry.recordedAt()))
                    .orElse(entry.recordedAt());
            String status = planned.cancelled() ? "Cancelled on " + planned.cancelledOn().get()
                    + (planned.cancellationReason().isEmpty() ? "" : ": " + planned.cancellationReason()) : "";
            events.add(new Event(entry, planned.plannedFor().get(), "talks-announced", stamp, planned.cancelled(),
                    status));
        }
        for (CommitmentState commitment : state.commitments()) {
            if (commitment.due().isEmpty()) {
                continue;
            }
            Entry entry = commitmentEntry(commitment, asOf);
            String status = commitment.status() == CommitmentStatus.OPEN ? "Open as of " + asOf
                    : (commitment.status() == CommitmentStatus.FULFILLED ? "Fulfilled on " : "Broken on ")
                    + commitment.since();
            events.add(new Event(entry, HistoricalDate.ofDay(commitment.due().get()), "commitment-due",
                    entry.recordedAt(), false, status));
        }
        events.sort(Comparator.comparing((Event e) -> e.date().date()).thenComparing(e -> e.entry().id()));
        return events;
    }

    private Optional<Entry> cancellationOf(EntryId announcement, LocalDate asOf) {
        return view.liveEntriesBy(asOf).stream()
                .filter(e -> e.measure() instanceof TalksCancelled && e.respondsTo().equals(Optional.of(announcement)))
                .findFirst();
    }

    private Entry commitmentEntry(CommitmentState commitment, LocalDate asOf) {
        return view.liveEntriesBy(asOf).stream()
                .filter(e -> e.measure() instanceof CommitmentMade made && made.commitment().equals(commitment.id()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("commitment " + commitment.id().value()
                        + " is in the state but no live entry made it"));
    }

    /** The calendar as text, CRLF line ends and folded lines as RFC 5545 asks; validated as it is written. */
    public String write(LocalDate asOf, String calendarName) {
        Calendar calendar = new Calendar()
                .add(new ProdId("-//détente//Feeds of a dyad//EN"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", calendarName));
        for (Event event : events(asOf)) {
            calendar.add(vevent(event));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException | ValidationException e) {
            throw new IllegalStateException("the calendar of " + links.dyad() + " could not be written: "
                    + e.getMessage(), e);
        }
        return out.toString();
    }

    private VEvent vevent(Event event) {
        Entry entry = event.entry();
        String sentence = words.describe(entry) + ".";
        VEvent vevent = new VEvent(false)
                .add(new Uid(links.entryTag(entry.id())))
                .add(new DtStamp(event.stamp()))
                .add(new DtStart<>(event.date().date()))
                .add(new DtEnd<>(event.date().lastDay().plusDays(1)))
                .add(new Summary(sentence))
                .add(new Description(description(entry, sentence, event.status())))
                .add(new Url(URI.create(links.entryPage(entry.id()))))
                .add(new Categories(event.category()));
        if (event.cancelled()) {
            vevent.add(ImmutableStatus.VEVENT_CANCELLED);
        }
        return vevent;
    }

    private static String description(Entry entry, String sentence, String status) {
        StringBuilder text = new StringBuilder(sentence);
        if (!status.isEmpty()) {
            text.append("\n").append(status).append('.');
        }
        text.append("\nOccurred ").append(entry.occurredOn()).append(". Sources:");
        for (Source source : entry.sources()) {
            text.append("\n- ").append(FeedLinks.citation(source)).append(": ").append(source.url());
        }
        return text.toString();
    }
}
