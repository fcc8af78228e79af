package org.detente.events.ingest;

import java.util.Objects;

/** A malformed row: the file, its line number (from 1) and the rule it breaks, naming the field. */
public record RowRejection(String file, long line, String reason) {
    public RowRejection {
        Objects.requireNonNull(file, "file is required");
        if (line < 1) {
            throw new IllegalArgumentException("line numbers start at 1, got " + line);
        }
        Objects.requireNonNull(reason, "reason is required");
    }

    @Override
    public String toString() {
        return file + " line " + line + ": " + reason;
    }
}
