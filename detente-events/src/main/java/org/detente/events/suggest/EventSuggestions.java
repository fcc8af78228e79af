package org.detente.events.suggest;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.detente.events.cameo.CameoTable;
import org.detente.events.store.DuckDbEventStore;
import org.detente.ledger.ChannelSuspended;
import org.detente.ledger.CommitmentMade;
import org.detente.ledger.Entry;
import org.detente.ledger.EntryId;
import org.detente.ledger.LedgerStore;
import org.detente.ledger.Measure;
import org.detente.ledger.SanctionImposed;
import org.detente.ledger.StaffExpelled;
import org.detente.ledger.TalksHeld;
import org.detente.model.ChannelId;
import org.detente.model.CommitmentId;
import org.detente.model.Confidence;
import org.detente.model.Dyad;
import org.detente.model.HistoricalDate;
import org.detente.model.SanctionId;
import org.detente.model.SanctionTargetKind;
import org.detente.model.Source;
import org.detente.model.StaffCategory;

/**
 * The editor's desk: lists a dyad's suggestions with their status, accepts one into the ledger
 * (through the {@link LedgerStore} port, with the reporting events as sources, confidence LOW
 * since the coding is automatic) or dismisses it. Decisions are kept in the event store.
 */
public final class EventSuggestions {
    /** Where ICEWS events are published; ICEWS rows carry no article address. */
    public static final URI ICEWS_DATAVERSE = URI.create("https://doi.org/10.7910/DVN/28075");
    static final String NOT_NAMED = "not named by the event data";

    private final DuckDbEventStore events;
    private final Clock clock;

    public EventSuggestions(DuckDbEventStore events, Clock clock) {
        this.events = Objects.requireNonNull(events, "events is required");
        this.clock = Objects.requireNonNull(clock, "clock is required");
    }

    /** Every suggestion of the dyad, oldest first, with the editor's decision when taken. */
    public List<Suggestion> list(Dyad dyad) {
        Map<String, DuckDbEventStore.Decision> decisions = events.decisions(dyad);
        List<Suggestion> found = new ArrayList<>();
        for (Suggestion s : SuggestionFinder.find(dyad, events.events(dyad, SuggestionRule.allPrefixes()))) {
            DuckDbEventStore.Decision d = decisions.get(s.id());
            found.add(d == null ? s : s.decided(Suggestion.Status.valueOf(d.decision()), d.entryId()));
        }
        return found;
    }

    /**
     * Appends the suggestion to the dyad's ledger as recorded now by {@code editor}, and marks it accepted.
     *
     * @throws SuggestionDecisionException when it is unknown, decided, or a detail is missing
     * @throws org.detente.ledger.InvalidEntriesException when the entry breaks a ledger rule (e.g. an unknown channel)
     */
    public Entry accept(Dyad dyad, String id, AcceptDetails details, LedgerStore ledger, String editor) {
        return accept(dyad, id, details, editor, entry -> ledger.append(dyad, List.of(entry), OptionalLong.empty()).get(0));
    }

    /**
     * As {@link #accept(Dyad, String, AcceptDetails, LedgerStore, String)}, appending through
     * {@code append} (which returns the entry as stored), for callers that append through their own
     * service (the HTTP API audits its appends).
     */
    public Entry accept(Dyad dyad, String id, AcceptDetails details, String editor,
                        java.util.function.UnaryOperator<Entry> append) {
        Suggestion suggestion = pending(dyad, id);
        Entry entry = new Entry(EntryId.of(suggestion.id()), 0, dyad, suggestion.actor(), suggestion.target(),
                HistoricalDate.ofDay(suggestion.firstDay()), clock.instant(), editor, sources(suggestion),
                Optional.empty(), Confidence.LOW, "suggested from " + suggestion.reports()
                + " news event(s), CAMEO " + suggestion.cameo(), measure(suggestion, details));
        Entry stored = append.apply(entry);
        events.decide(new DuckDbEventStore.Decision(id, dyad.id(), Suggestion.Status.ACCEPTED.name(),
                Optional.of(stored.id().value()), editor, clock.instant()));
        return stored;
    }

    /** Marks the suggestion dismissed by {@code editor}; it stays listed with that status. */
    public void dismiss(Dyad dyad, String id, String editor) {
        pending(dyad, id);
        events.decide(new DuckDbEventStore.Decision(id, dyad.id(), Suggestion.Status.DISMISSED.name(),
                Optional.empty(), editor, clock.instant()));
    }

    private Suggestion pending(Dyad dyad, String id) {
        Suggestion suggestion = list(dyad).stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new SuggestionDecisionException(SuggestionDecisionException.Reason.UNKNOWN, "no suggestion '" + id + "' for " + dyad
                        + " (see 'detente events suggestions --dyad " + dyad + "')"));
        if (suggestion.status() != Suggestion.Status.PENDING) {
            throw new SuggestionDecisionException(SuggestionDecisionException.Reason.ALREADY_DECIDED,
                    "suggestion " + id + " is already "
                    + suggestion.status().name().toLowerCase(java.util.Locale.ROOT));
        }
        return suggestion;
    }

    private static List<Source> sources(Suggestion suggestion) {
        CameoTable table = CameoTable.standard();
        List<Source> sources = new ArrayList<>();
        for (Suggestion.EventRef ref : suggestion.sources()) {
            String title = ref.source().toUpperCase(java.util.Locale.ROOT) + " event " + ref.eventId() + " (CAMEO "
                    + ref.cameo() + ": " + table.find(ref.cameo()).map(c -> c.description()).orElse("?") + ")";
            URI url = ref.url().map(EventSuggestions::uriOrNull).orElse(null);
            if (url != null) {
                sources.add(new Source(url, title, url.getHost(), ref.day()));
            } else if (ref.source().equals("icews")) {
                sources.add(new Source(ICEWS_DATAVERSE, title, "ICEWS (Harvard Dataverse)", ref.day()));
            }
        }
        if (sources.isEmpty()) {
            throw new SuggestionDecisionException(SuggestionDecisionException.Reason.UNSOURCED, "suggestion " + suggestion.id()
                    + " has no reporting event with an address; it cannot be sourced");
        }
        return sources;
    }

    private static URI uriOrNull(String text) {
        try {
            URI uri = URI.create(text);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    ? uri : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Measure measure(Suggestion s, AcceptDetails details) {
        return switch (s.rule()) {
            case EXPULSION -> new StaffExpelled(details.count().orElseThrow(() -> new SuggestionDecisionException(
                    SuggestionDecisionException.Reason.DETAIL_MISSING,
                    "suggestion " + s.id() + " is an expulsion: give the number of people expelled (--count N); "
                            + "event data does not say")), StaffCategory.DIPLOMATIC, Optional.empty());
            case SANCTIONS -> new SanctionImposed(SanctionId.of(s.id()), NOT_NAMED, SanctionTargetKind.OTHER,
                    "sanctions reported by news event data (CAMEO " + s.cameo() + ")");
            case REDUCED_RELATIONS -> new ChannelSuspended(ChannelId.of(details.channel().orElseThrow(() ->
                    new SuggestionDecisionException(SuggestionDecisionException.Reason.DETAIL_MISSING,
                            "suggestion " + s.id() + " reduces relations: name the channel "
                            + "suspended (--channel ID, one of the dyad's channels)"))));
            case MEETING -> new TalksHeld(NOT_NAMED, List.of(s.actor().code(), s.target().code()), List.of(), "",
                    List.of());
            case AGREEMENT -> new CommitmentMade(CommitmentId.of(s.id()),
                    "formal agreement signed, as reported by news event data", Optional.empty(), Optional.empty());
        };
    }
}
