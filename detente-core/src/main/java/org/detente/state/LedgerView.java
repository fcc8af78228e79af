package org.detente.state;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.detente.ledger.Entry;
import org.detente.ledger.EntryId;
import org.detente.ledger.Retraction;
import org.detente.model.DyadDefinition;

/**
 * The ledger as known at one moment ({@code knownAt}; empty for everything recorded): the one
 * place that applies knowledge, retraction and the projection order. {@link #knownEntries()} are
 * the entries recorded by then, retractions included; {@link #liveEntries()} leaves out the
 * retractions and the entries they retract (a retraction recorded later does not yet hide what it
 * names); {@link #state(LocalDate)} is the state of relations as of a date, as known then.
 *
 * <p>States are memoized per date (baselines are asked for again and again), up to
 * {@value #MEMO_LIMIT} dates, after which the memo starts afresh. Thread-safe.
 */
public final class LedgerView {
    static final int MEMO_LIMIT = 256;

    private final Projector projector;
    private final Optional<Instant> knownAt;
    private final List<Entry> known;
    private final List<Entry> live;
    private final Map<LocalDate, RelationsState> states = new ConcurrentHashMap<>();

    LedgerView(Projector projector, Optional<Instant> knownAt) {
        this.projector = Objects.requireNonNull(projector, "projector is required");
        this.knownAt = Objects.requireNonNull(knownAt, "knownAt is required");
        List<Entry> all = projector.entries();
        this.known = knownAt.isEmpty() ? all : all.stream().filter(e -> e.isKnownAt(knownAt)).toList();
        Set<EntryId> retracted = new HashSet<>();
        for (Entry entry : known) {
            if (entry.measure() instanceof Retraction r) {
                retracted.add(r.retracts());
            }
        }
        List<Entry> kept = new ArrayList<>(known.size());
        for (Entry entry : known) {
            if (!(entry.measure() instanceof Retraction) && !retracted.contains(entry.id())) {
                kept.add(entry);
            }
        }
        this.live = List.copyOf(kept);
    }

    /** The moment of knowledge; empty when everything recorded counts. */
    public Optional<Instant> knownAt() {
        return knownAt;
    }

    public DyadDefinition definition() {
        return projector.definition();
    }

    /** The entries recorded by the moment of knowledge, retractions included, in projection order. */
    public List<Entry> knownEntries() {
        return known;
    }

    /** The known entries that count: no retraction, nothing retracted by a known retraction. */
    public List<Entry> liveEntries() {
        return live;
    }

    /** The known entries (retractions included) that occurred on or before {@code asOf}. */
    public List<Entry> knownEntriesBy(LocalDate asOf) {
        return known.stream().filter(e -> !e.occurredOn().date().isAfter(asOf)).toList();
    }

    /** The live entries that occurred on or before {@code asOf}. */
    public List<Entry> liveEntriesBy(LocalDate asOf) {
        return live.stream().filter(e -> !e.occurredOn().date().isAfter(asOf)).toList();
    }

    /** The state of relations as of {@code asOf}, as known at the moment of knowledge. */
    public RelationsState state(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf is required");
        RelationsState state = states.get(asOf);
        if (state == null) {
            if (states.size() >= MEMO_LIMIT) {
                states.clear();
            }
            state = projector.stateAsOf(asOf, knownAt);
            states.put(asOf, state);
        }
        return state;
    }
}
