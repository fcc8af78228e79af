package org.detente.app.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.detente.events.signals.DyadSeries;
import org.detente.events.signals.MonthRange;
import org.detente.events.store.DuckDbEventStore;
import org.detente.events.store.EventStoreException;
import org.detente.events.suggest.AcceptDetails;
import org.detente.events.suggest.EventSuggestions;
import org.detente.events.suggest.Suggestion;
import org.detente.ledger.Entry;
import org.detente.model.Dyad;
import org.detente.store.access.Principal;

/**
 * News event data for the server's faces (API and dashboard): a dyad's monthly series, its
 * suggestions, and an editor's decisions. The server does not own the event store's file: each call
 * opens it, read-only for reads and for writing only to record a decision, and closes it before
 * returning, so that the CLI can import between requests (docs/decisions/0002-events-store-access.md).
 * Calls are serialized, since one process may not hold one DuckDB file open in two modes at once.
 */
public final class EventsDesk {
    private final Path file;
    private final Clock clock;
    private final Object lock = new Object();

    public EventsDesk(Path file, Clock clock) {
        this.file = Objects.requireNonNull(file, "file is required");
        this.clock = Objects.requireNonNull(clock, "clock is required");
    }

    /** The event store file this desk opens. */
    public Path file() {
        return file;
    }

    /** The store is held for writing by another process (an import): try again shortly. */
    public static final class Busy extends RuntimeException {
        Busy(Path file, Throwable cause) {
            super("the event store " + file.getFileName() + " is in use by another process (an import?); "
                    + "try again in a few seconds", cause);
        }
    }

    /**
     * The dyad's series from {@code from} to {@code to} (each defaulting to the dyad's first or last
     * month with events); empty when no events have been imported or the dyad has none and the
     * months are not both given.
     *
     * @throws IllegalArgumentException when {@code from} is after {@code to}
     */
    public Optional<DyadSeries> series(Dyad dyad, Optional<YearMonth> from, Optional<YearMonth> to) {
        Optional<Optional<DyadSeries>> found = read(store -> {
            Optional<MonthRange> span = store.span(dyad);
            if (span.isEmpty() && (from.isEmpty() || to.isEmpty())) {
                return Optional.empty();
            }
            YearMonth start = from.orElseGet(() -> span.get().from());
            YearMonth end = to.orElseGet(() -> span.get().to());
            if (start.isAfter(end)) {
                throw new IllegalArgumentException("from " + start + " is after to " + end);
            }
            return Optional.of(store.series(dyad, start, end));
        });
        return found.flatMap(Function.identity());
    }

    /** Every suggestion of the dyad with its status; empty when no events have been imported. */
    public Optional<List<Suggestion>> suggestions(Dyad dyad) {
        return read(store -> new EventSuggestions(store, clock).list(dyad));
    }

    /**
     * Accepts a suggestion: the entry is appended through {@code ledger} (validated and audited as
     * any append by {@code by}), then the decision is recorded.
     *
     * @throws org.detente.events.suggest.SuggestionDecisionException when it cannot be decided
     * @throws org.detente.ledger.InvalidEntriesException when the entry breaks a ledger rule
     */
    public Entry accept(Dyad dyad, String id, AcceptDetails details, Principal by, LedgerService ledger) {
        return write(store -> new EventSuggestions(store, clock).accept(dyad, id, details, by.name(),
                entry -> ledger.append(dyad.id(), entry, OptionalLong.empty(), by)));
    }

    /** Dismisses a suggestion. */
    public void dismiss(Dyad dyad, String id, Principal by) {
        write(store -> {
            new EventSuggestions(store, clock).dismiss(dyad, id, by.name());
            return null;
        });
    }

    private <T> Optional<T> read(Function<DuckDbEventStore, T> work) {
        synchronized (lock) {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            try (DuckDbEventStore store = open(true)) {
                return Optional.ofNullable(work.apply(store));
            }
        }
    }

    private <T> T write(Function<DuckDbEventStore, T> work) {
        synchronized (lock) {
            if (!Files.isRegularFile(file)) {
                throw new org.detente.events.suggest.SuggestionDecisionException(
                        org.detente.events.suggest.SuggestionDecisionException.Reason.UNKNOWN,
                        "no events have been imported (detente events import FILE...), so there is no suggestion");
            }
            try (DuckDbEventStore store = open(false)) {
                return work.apply(store);
            }
        }
    }

    private DuckDbEventStore open(boolean readOnly) {
        try {
            return readOnly ? DuckDbEventStore.openReadOnly(file) : DuckDbEventStore.open(file);
        } catch (EventStoreException e) {
            if (isLocked(e)) {
                throw new Busy(file, e);
            }
            throw e;
        }
    }

    /** Whether the store could not be opened because another process holds its lock. */
    public static boolean isLocked(EventStoreException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        return message.contains("lock");
    }
}
