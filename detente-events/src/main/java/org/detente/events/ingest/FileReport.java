package org.detente.events.ingest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading one file did: its layout (empty when the file was rejected whole, with
 * {@code fileProblem} saying why and which layout was expected), the data rows read, those
 * well-formed, those rejected as malformed, and the first few rejections in full.
 */
public record FileReport(String file, Optional<EventFileLayout> layout, long rowsRead, long rowsWellFormed,
                         long rowsRejected, List<RowRejection> firstRejections, Optional<String> fileProblem) {
    /** How many rejections a report keeps in full; the rest are counted. */
    public static final int KEPT_REJECTIONS = 5;

    public FileReport {
        Objects.requireNonNull(file, "file is required");
        Objects.requireNonNull(layout, "layout is required (empty when rejected)");
        if (rowsWellFormed + rowsRejected != rowsRead) {
            throw new IllegalArgumentException("rows read " + rowsRead + " must be well-formed " + rowsWellFormed
                    + " + rejected " + rowsRejected);
        }
        firstRejections = List.copyOf(firstRejections);
        Objects.requireNonNull(fileProblem, "fileProblem is required (empty when none)");
    }

    /** A file rejected whole. */
    public static FileReport rejected(String file, String problem) {
        return new FileReport(file, Optional.empty(), 0, 0, 0, List.of(), Optional.of(problem));
    }
}
