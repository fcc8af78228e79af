package org.detente.model;

import java.util.List;

/** Something that exists before the ledger speaks of it, with the sources that say so. */
public interface Definition {
    /** The id, as written in files. */
    String key();

    List<Source> sources();

    /** Checks the shared rule: at least one source. */
    static List<Source> requireSources(List<Source> sources, String what) {
        if (sources == null || sources.isEmpty()) {
            throw new IllegalArgumentException(what + " needs at least one source");
        }
        return List.copyOf(sources);
    }
}
