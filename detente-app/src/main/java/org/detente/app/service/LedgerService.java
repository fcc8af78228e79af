package org.detente.app.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.detente.ledger.ConcurrencyConflictException;
import org.detente.ledger.Entry;
import org.detente.ledger.EntryId;
import org.detente.ledger.LedgerStore;
import org.detente.ledger.Retraction;
import org.detente.ledger.RetractionDecision;
import org.detente.model.Dyad;
import org.detente.model.Source;
import org.detente.store.access.Principal;
import org.detente.store.audit.AuditEvent;
import org.detente.store.format.EntryCodec;

/**
 * Writes to ledgers on behalf of a principal: stamps each new entry with the clock's time and the
 * principal's name (the server, not the client, says who recorded what and when), appends it
 * through the store's optimistic concurrency, and has every stored write audited: either by the
 * store itself, in the write's transaction (the JDBC store, {@link #auditedByStore}), or here, right
 * after the write (stores that keep no audit, {@link #auditedHere}).
 */
public final class LedgerService {
    /** The audit action of every ledger write, as the JDBC store names it. */
    public static final String APPENDED = "entry.appended";
    private static final int RETRACTION_ATTEMPTS = 5;

    private final StoreWorkspace workspace;
    private final Clock clock;
    private final Optional<Auditor> auditor;
    private final Function<String, LedgerStore> storeActingAs;

    private LedgerService(StoreWorkspace workspace, Clock clock, Optional<Auditor> auditor,
                          Function<String, LedgerStore> storeActingAs) {
        this.workspace = Objects.requireNonNull(workspace, "workspace is required");
        this.clock = Objects.requireNonNull(clock, "clock is required");
        this.auditor = auditor;
        this.storeActingAs = Objects.requireNonNull(storeActingAs, "storeActingAs is required");
    }

    /** Writes go to the workspace's store, and this service records each in {@code auditor}. */
    public static LedgerService auditedHere(StoreWorkspace workspace, Clock clock, Auditor auditor) {
        LedgerStore store = workspace.store();
        return new LedgerService(workspace, clock, Optional.of(Objects.requireNonNull(auditor, "auditor is required")),
                who -> store);
    }

    /**
     * Writes go to {@code storeActingAs.apply(author)}, a store that audits its own writes under
     * that name (e.g. {@code database.ledger()::actingAs}).
     */
    public static LedgerService auditedByStore(StoreWorkspace workspace, Clock clock,
                                               Function<String, LedgerStore> storeActingAs) {
        return new LedgerService(workspace, clock, Optional.empty(), storeActingAs);
    }

    /** The dyad named {@code id}; throws {@link UnknownDyadException}. */
    public Dyad dyad(String id) {
        return workspace.resolve(id);
    }

    /** How many entries the dyad's ledger holds (its last sequence). */
    public long size(String dyad) {
        return workspace.lastSequence(dyad);
    }

    /**
     * Appends one entry, recorded now by {@code by}.
     *
     * @param expectedLastSequence when present, the ledger must still end at that sequence
     * @return the entry as stored, with its sequence
     * @throws org.detente.ledger.InvalidEntriesException  when the entry breaks a ledger rule
     * @throws ConcurrencyConflictException when the ledger has moved past {@code expectedLastSequence}
     */
    public Entry append(String dyadId, Entry entry, OptionalLong expectedLastSequence, Principal by) {
        requireWriter(by);
        Dyad dyad = workspace.resolve(dyadId);
        Entry recorded = entry.recorded(clock.instant(), by.name());
        Entry stored = storeActingAs.apply(by.name()).append(dyad, List.of(recorded), expectedLastSequence).get(0);
        audit(by, dyad, stored, stored.type().code());
        return stored;
    }

    /**
     * Records a retraction of {@code entryId}, recorded now by {@code by}. The retraction shares the
     * retracted entry's parties and date; its sources are {@code sources} when given, else those of
     * the retracted entry.
     *
     * @throws UnknownEntryException        when the ledger holds no such entry
     * @throws AlreadyRetractedException    when the entry is already retracted or is a retraction
     * @throws ConcurrencyConflictException when {@code expectedLastSequence} is stale
     */
    public Entry retract(String dyadId, String entryId, String reason, Optional<List<Source>> sources,
                         OptionalLong expectedLastSequence, Principal by) {
        requireWriter(by);
        Dyad dyad = workspace.resolve(dyadId);
        for (int attempt = 1; ; attempt++) {
            DyadLedger ledger = workspace.dyad(dyadId);
            List<Entry> entries = ledger.entries();
            long seen = ledger.lastSequence();
            EntryId named;
            try {
                named = EntryId.of(entryId);
            } catch (IllegalArgumentException e) {
                throw new UnknownEntryException(dyadId, entryId);
            }
            RetractionDecision decision = RetractionDecision.decide(entries, named, reason, sources);
            if (decision instanceof RetractionDecision.UnknownEntry) {
                throw new UnknownEntryException(dyadId, entryId);
            }
            if (decision instanceof RetractionDecision.IsARetraction) {
                throw new AlreadyRetractedException("'" + entryId + "' is itself a retraction; it cannot be retracted");
            }
            if (decision instanceof RetractionDecision.AlreadyRetracted already) {
                throw new AlreadyRetractedException("'" + entryId + "' is already retracted by '" + already.by().id()
                        + "' (sequence " + already.by().sequence() + ")");
            }
            RetractionDecision.Allowed allowed = (RetractionDecision.Allowed) decision;
            Entry target = allowed.target();
            Instant now = clock.instant();
            Retraction measure = allowed.measure();
            List<Source> cited = allowed.sources();
            EntryId id = EntryCodec.derivedId(dyad, target.actor(), target.target(), target.occurredOn(), measure, cited);
            Entry retraction = new Entry(id, 0, dyad, target.actor(), target.target(), target.occurredOn(), now,
                    by.name(), cited, Optional.empty(), target.confidence(), "", measure);
            try {
                // Append only onto the ledger that was checked, so a concurrent retraction of the same
                // entry is seen on the next attempt rather than slipping past the check.
                OptionalLong expected = expectedLastSequence.isPresent() ? expectedLastSequence : OptionalLong.of(seen);
                Entry stored = storeActingAs.apply(by.name()).append(dyad, List.of(retraction), expected).get(0);
                audit(by, dyad, stored, "retraction of " + entryId + ": " + reason);
                return stored;
            } catch (ConcurrencyConflictException e) {
                if (expectedLastSequence.isPresent() || attempt >= RETRACTION_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static void requireWriter(Principal by) {
        Objects.requireNonNull(by, "principal is required");
        if (!by.role().mayWrite()) {
            throw new IllegalStateException(by.name() + " (" + by.role().code() + ") may not write; the face must check roles");
        }
    }

    private void audit(Principal by, Dyad dyad, Entry stored, String detail) {
        auditor.ifPresent(a -> a.record(new AuditEvent(0, stored.recordedAt(), by.name(), APPENDED, dyad.id(),
                stored.id().value(), detail)));
    }
}
