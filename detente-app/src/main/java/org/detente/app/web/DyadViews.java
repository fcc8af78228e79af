package org.detente.app.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.detente.app.service.DyadAnalyses;
import org.detente.app.service.DyadLedger;
import org.detente.app.service.StoreWorkspace;

/**
 * The {@link DyadAnalyses} of each dyad, built once per ledger version (a {@link DyadLedger} is one
 * version) and shared by every page until the ledger moves on.
 */
final class DyadViews {
    private final StoreWorkspace workspace;
    private final Map<String, DyadAnalyses> byDyad = new ConcurrentHashMap<>();

    DyadViews(StoreWorkspace workspace) {
        this.workspace = workspace;
    }

    StoreWorkspace workspace() {
        return workspace;
    }

    /** The analyses of the dyad's current ledger; throws UnknownDyadException, or DyadAnalyses.Unavailable. */
    DyadAnalyses analyses(String dyad) {
        DyadLedger ledger = workspace.dyad(dyad);
        DyadAnalyses cached = byDyad.get(dyad);
        if (cached != null && cached.ledger() == ledger) {
            return cached;
        }
        DyadAnalyses fresh = DyadAnalyses.of(ledger);
        byDyad.put(dyad, fresh);
        return fresh;
    }
}
