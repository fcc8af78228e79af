package org.detente.events.ingest;

import java.util.Objects;

/**
 * What importing one file did: the reading report, how many well-formed rows were kept (acts of
 * one state towards another) and skipped (an actor that is not a state, or both the same), and
 * whether the file had been imported before (then nothing was read).
 */
public record FileImport(FileReport report, long kept, long skipped, boolean alreadyImported) {
    public FileImport {
        Objects.requireNonNull(report, "report is required");
        if (kept + skipped != report.rowsWellFormed()) {
            throw new IllegalArgumentException("kept " + kept + " + skipped " + skipped
                    + " must be the well-formed rows " + report.rowsWellFormed());
        }
    }
}
