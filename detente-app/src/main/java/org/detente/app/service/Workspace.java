package org.detente.app.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** Every dyad's id and the sequence number of its last entry: what tells a reader that anything changed. */
    default Map<String, Long> lastSequences() {
        Map<String, Long> last = new LinkedHashMap<>();
        for (String dyad : dyads()) {
            last.put(dyad, dyad(dyad).lastSequence());
        }
        return last;
    }
}
