package org.detente.app.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.detente.ledger.Entry;
import org.detente.ledger.LedgerStore;
import org.detente.model.Dyad;
import org.detente.model.DyadDefinition;
import org.detente.state.Projector;
import org.detente.store.dataset.Dataset;
import org.detente.store.format.Tree;

/**
 * A {@link Workspace} over a {@link LedgerStore}: the dyads and entries come from the store, the
 * other documents of a dyad (roadmap, consular parameters) from the datasets it was seeded with.
 *
 * <p>Building a {@link Projector} costs O(n log n), so each dyad's {@link DyadLedger} is built once
 * per ledger version and kept until the store's last sequence moves on; a read then costs one
 * cheap {@code lastSequence} call plus the projection itself. An index of its entries by id is
 * kept the same way (the use cases keep their decoded documents per version themselves, keyed by
 * this ledger). Thread-safe: two readers
 * that race on a new version may both build it, and either result is correct.
 */
public final class StoreWorkspace implements Workspace {
    private final LedgerStore store;
    private final Function<String, Map<String, Tree>> documents;
    private final Map<String, DyadLedger> cache = new ConcurrentHashMap<>();
    private final Map<String, EntryIndex> entryIndexes = new ConcurrentHashMap<>();

    /** A ledger version's entries by id. */
    private record EntryIndex(DyadLedger ledger, Map<String, Entry> byId) {
        static EntryIndex of(DyadLedger ledger) {
            Map<String, Entry> byId = new HashMap<>(Math.max(16, ledger.entries().size() * 4 / 3 + 1));
            for (Entry entry : ledger.entries()) {
                byId.put(entry.id().value(), entry);
            }
            return new EntryIndex(ledger, byId);
        }
    }

    /** A workspace over {@code store}, with the extra documents of each dyad by dyad id. */
    public StoreWorkspace(LedgerStore store, Map<String, Map<String, Tree>> documents) {
        this(store, Map.copyOf(documents)::get);
    }

    /**
     * A workspace over {@code store} that asks {@code documents} for a dyad's other documents each
     * time it builds a version of that dyad (null or empty: none), so a dyad loaded into the store
     * by another process is served with its roadmap.
     */
    public StoreWorkspace(LedgerStore store, Function<String, Map<String, Tree>> documents) {
        this.store = Objects.requireNonNull(store, "store is required");
        this.documents = Objects.requireNonNull(documents, "documents is required");
    }

    /**
     * Stores each dataset's definitions and imports its entries idempotently (entries already
     * stored are skipped, so seeding again on every start is harmless), and answers a workspace
     * that also serves the datasets' other documents.
     */
    public static StoreWorkspace seeded(LedgerStore store, List<Dataset> datasets) {
        Map<String, Map<String, Tree>> documents = new LinkedHashMap<>();
        for (Dataset dataset : datasets) {
            Dyad dyad = dataset.definition().dyad();
            if (store.definition(dyad).isEmpty()) {
                store.saveDefinition(dataset.definition());
            }
            store.importEntries(dyad, dataset.entries());
            documents.put(dyad.id(), dataset.documents());
        }
        return new StoreWorkspace(store, documents);
    }

    public LedgerStore store() {
        return store;
    }

    /** The dyad of the product's first case, the one every command takes when none is named. */
    public static final String BUNDLED_DEFAULT = "us-ru";

    @Override
    public List<String> dyads() {
        List<String> ids = new ArrayList<>();
        for (Dyad dyad : store.dyads()) {
            ids.add(dyad.id());
        }
        return ids;
    }

    /** The dyad a face opens on when none is named: the bundled first case when held, else the first held. */
    public java.util.Optional<String> defaultDyad() {
        List<String> held = dyads();
        return held.contains(BUNDLED_DEFAULT) ? java.util.Optional.of(BUNDLED_DEFAULT) : held.stream().findFirst();
    }

    /**
     * The dyad named {@code id}.
     *
     * @throws UnknownDyadException when the store holds no such dyad
     */
    public Dyad resolve(String id) {
        DyadLedger cached = cache.get(id);
        if (cached != null) {
            // A dyad once seen is never removed: no need to ask the store again.
            return cached.definition().dyad();
        }
        for (Dyad dyad : store.dyads()) {
            if (dyad.id().equals(id)) {
                return dyad;
            }
        }
        throw new UnknownDyadException(id, dyads());
    }

    /** Every dyad's id and the sequence number of its last entry, read at once (what a page's version is). */
    @Override
    public Map<String, Long> lastSequences() {
        Map<String, Long> last = new LinkedHashMap<>();
        store.lastSequences().forEach((dyad, sequence) -> last.put(dyad.id(), sequence));
        return last;
    }

    /** The sequence number of the dyad's last entry (0 when empty). */
    public long lastSequence(String id) {
        return store.lastSequence(resolve(id));
    }

    @Override
    public DyadLedger dyad(String id) {
        DyadLedger cached = cache.get(id);
        // A dyad once seen is never removed, so a cached one needs no lookup: one query per read.
        Dyad dyad = cached != null ? cached.definition().dyad() : resolve(id);
        long last = store.lastSequence(dyad);
        if (cached != null && cached.lastSequence() == last) {
            return cached;
        }
        List<Entry> entries = store.entries(dyad);
        DyadDefinition definition = store.definition(dyad)
                .orElseThrow(() -> new UnknownDyadException(id, dyads()));
        Map<String, Tree> held = documents.apply(id);
        Dataset dataset = new Dataset(definition, entries, held == null ? Map.of() : held);
        DyadLedger built = DyadLedger.of(dataset, Projector.of(definition, entries));
        cache.merge(id, built, (old, fresh) -> fresh.lastSequence() >= old.lastSequence() ? fresh : old);
        return built;
    }

    /**
     * The entry of the dyad with that id, if any: from an index of the entries by id, built on the
     * first such read of each ledger version (a read of a large ledger then costs one hash lookup,
     * not a pass over every entry).
     */
    public Optional<Entry> entry(String dyad, String entryId) {
        DyadLedger ledger = dyad(dyad);
        EntryIndex index = entryIndexes.get(dyad);
        if (index == null || index.ledger() != ledger) {
            index = EntryIndex.of(ledger);
            entryIndexes.put(dyad, index);
        }
        return Optional.ofNullable(index.byId().get(entryId));
    }
}
