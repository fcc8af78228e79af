package org.detente.app.web;

import org.detente.app.service.StoreWorkspace;
import org.detente.app.usecase.UseCases;

/**
 * The workspace the pages read and write, and the use cases over it, shared with the API (so each
 * ledger version is decoded once for both) until the ledger moves on.
 */
final class DyadViews {
    private final StoreWorkspace workspace;
    private final UseCases useCases;

    DyadViews(StoreWorkspace workspace, UseCases useCases) {
        this.workspace = workspace;
        this.useCases = useCases;
    }

    StoreWorkspace workspace() {
        return workspace;
    }

    UseCases useCases() {
        return useCases;
    }
}
