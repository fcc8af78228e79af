package org.detente.app.usecase;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.detente.app.service.DyadLedger;
import org.detente.app.service.Workspace;

/**
 * The {@link DyadBasis} of each dyad of a workspace, built once per ledger version and shared by
 * every question until the ledger moves on (the one cache of the use cases). A workspace hands out
 * a new {@link DyadLedger} when its ledger changes, so identity tells the version.
 */
public final class DyadBases {
    private final Workspace workspace;
    private final Map<String, DyadBasis> current = new ConcurrentHashMap<>();

    public DyadBases(Workspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace is required");
    }

    public Workspace workspace() {
        return workspace;
    }

    /**
     * The basis of the question's dyad, as known at its moment.
     *
     * @throws org.detente.app.service.UnknownDyadException when the workspace holds no such dyad
     * @throws DyadBasis.Unavailable when its roadmap or consular data is missing or invalid
     */
    public DyadBasis basis(Question question) {
        return current(question.dyad()).knownAt(question.knownAt());
    }

    /** The basis of the dyad's current ledger version, as everything recorded knows it. */
    public DyadBasis current(String dyad) {
        DyadLedger ledger = workspace.dyad(dyad);
        DyadBasis cached = current.get(dyad);
        if (cached != null && cached.ledger() == ledger) {
            return cached;
        }
        DyadBasis fresh = DyadBasis.of(ledger);
        current.put(dyad, fresh);
        return fresh;
    }

    /**
     * Builds every dyad's current basis now, so that the first request after a start does not pay
     * for reading and projecting a large ledger (seconds for 100,000 entries). Answers the dyads
     * that could not be prepared, each with why; their requests answer as they would have.
     */
    public Map<String, String> warm() {
        Map<String, String> failed = new LinkedHashMap<>();
        for (String id : workspace.dyads()) {
            try {
                current(id);
            } catch (RuntimeException e) {
                failed.put(id, String.valueOf(e.getMessage()));
            }
        }
        return failed;
    }
}
