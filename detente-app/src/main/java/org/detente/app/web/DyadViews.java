package org.detente.app.web;

import org.detente.app.service.DyadAnalyses;
import org.detente.app.service.StoreWorkspace;

/**
 * The {@link DyadAnalyses} of each dyad, built once per ledger version by the workspace and shared
 * by every page (and the API) until the ledger moves on.
 */
final class DyadViews {
    private final StoreWorkspace workspace;

    DyadViews(StoreWorkspace workspace) {
        this.workspace = workspace;
    }

    StoreWorkspace workspace() {
        return workspace;
    }

    /** The analyses of the dyad's current ledger; throws UnknownDyadException, or DyadAnalyses.Unavailable. */
    DyadAnalyses analyses(String dyad) {
        return workspace.analyses(dyad);
    }
}
