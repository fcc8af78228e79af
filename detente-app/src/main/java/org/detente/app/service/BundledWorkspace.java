package org.detente.app.service;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.detente.store.dataset.BundledDatasets;

/** The datasets bundled with détente, read on first use and kept in memory. */
public final class BundledWorkspace implements Workspace {
    private final Map<String, DyadLedger> loaded = new ConcurrentHashMap<>();

    @Override
    public List<String> dyads() {
        return BundledDatasets.DYADS;
    }

    @Override
    public DyadLedger dyad(String dyad) {
        if (!BundledDatasets.DYADS.contains(dyad)) {
            throw new UnknownDyadException(dyad, dyads());
        }
        return loaded.computeIfAbsent(dyad, id -> DyadLedger.of(BundledDatasets.read(id)));
    }
}
