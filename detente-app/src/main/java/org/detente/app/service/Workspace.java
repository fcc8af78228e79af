package org.detente.app.service;

import java.util.List;

/** Where the faces find dyads. */
public interface Workspace {
    /** The ids of the dyads held, default first. */
    List<String> dyads();

    /**
     * The ledger of a dyad.
     *
     * @throws UnknownDyadException when the dyad is not held
     */
    DyadLedger dyad(String dyad);
}
