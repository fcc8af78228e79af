package org.detente.events.ingest;

import java.util.List;

/** What an import of several files did, file by file, with the totals the CLI prints. */
public record ImportReport(List<FileImport> files) {
    public ImportReport {
        files = List.copyOf(files);
    }

    public long rowsRead() {
        return files.stream().mapToLong(f -> f.report().rowsRead()).sum();
    }

    public long rowsKept() {
        return files.stream().mapToLong(FileImport::kept).sum();
    }

    public long rowsSkipped() {
        return files.stream().mapToLong(FileImport::skipped).sum();
    }

    public long rowsRejected() {
        return files.stream().mapToLong(f -> f.report().rowsRejected()).sum();
    }

    /** Files rejected whole for their layout. */
    public List<FileReport> rejectedFiles() {
        return files.stream().map(FileImport::report).filter(r -> r.fileProblem().isPresent()).toList();
    }
}
