package org.detente.events.ingest;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.detente.events.cameo.CameoTable;

/**
 * Reads an event file, plain or zipped ({@code .zip}: its first entry, as GDELT publishes them),
 * recognises its layout from the first line, and hands each well-formed row to a sink. A malformed
 * row is counted and, for the first {@value FileReport#KEPT_REJECTIONS}, reported in full with its
 * line; a file whose first line has none of the layouts is rejected whole, naming the layouts
 * expected. Nothing here throws for bad content; only an unreadable file does.
 */
public final class EventFileReader {
    private static final int PROGRESS_EVERY = 1 << 16;

    private final EventLineParser parser;

    public EventFileReader(CameoTable table) {
        this.parser = new EventLineParser(table);
    }

    /** Reports progress through a file: bytes of the file read so far, its size, rows so far. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (file, bytesRead, bytesTotal, rows) -> { };

        void update(String file, long bytesRead, long bytesTotal, long rows);
    }

    /**
     * Reads {@code file} into {@code sink}.
     *
     * @throws UncheckedIOException when the file cannot be read
     */
    public FileReport read(Path file, Consumer<EventRecord> sink, Progress progress) {
        Objects.requireNonNull(sink, "sink is required");
        String name = file.getFileName().toString();
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        try (CountingStream counted = new CountingStream(Files.newInputStream(file));
             BufferedReader reader = new BufferedReader(new InputStreamReader(open(name, counted),
                     StandardCharsets.UTF_8), 1 << 16)) {
            String first = reader.readLine();
            if (first == null) {
                return FileReport.rejected(name, name + " is empty; expected " + EventFileLayout.expected());
            }
            Optional<EventFileLayout> recognised = EventFileLayout.recognise(EventLineParser.fields(first));
            if (recognised.isEmpty()) {
                return FileReport.rejected(name, name + " line 1 has " + EventLineParser.fields(first).length
                        + " tab-separated columns; expected " + EventFileLayout.expected());
            }
            EventFileLayout layout = recognised.get();
            long lineNumber = 1;
            long read = 0;
            long rejected = 0;
            List<RowRejection> firstRejections = new ArrayList<>();
            String line = layout == EventFileLayout.ICEWS ? reader.readLine() : first;
            if (layout == EventFileLayout.ICEWS) {
                lineNumber = 2;
            }
            for (; line != null; line = reader.readLine(), lineNumber++) {
                if (line.isEmpty()) {
                    continue;
                }
                read++;
                try {
                    sink.accept(layout == EventFileLayout.ICEWS ? parser.parseIcews(line)
                            : parser.parseGdelt(line, layout));
                } catch (MalformedRowException e) {
                    rejected++;
                    if (firstRejections.size() < FileReport.KEPT_REJECTIONS) {
                        firstRejections.add(new RowRejection(name, lineNumber, e.getMessage()));
                    }
                }
                if (read % PROGRESS_EVERY == 0) {
                    progress.update(name, counted.count, size, read);
                }
            }
            progress.update(name, size, size, read);
            return new FileReport(name, Optional.of(layout), read, read - rejected, rejected, firstRejections,
                    Optional.empty());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The layout of {@code file} told by its first line (as {@link #read} tells it), empty when the
     * file is empty or has none of the layouts.
     *
     * @throws UncheckedIOException when the file cannot be read
     */
    public static Optional<EventFileLayout> layoutOf(Path file) {
        String name = file.getFileName().toString();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(name, Files.newInputStream(file)),
                StandardCharsets.UTF_8))) {
            String first = reader.readLine();
            return first == null ? Optional.empty() : EventFileLayout.recognise(EventLineParser.fields(first));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The content of {@code file} as a plain stream: the file itself, or the first entry of a
     * {@code .zip}.
     *
     * @throws IOException when the file cannot be read or is a zip without entries
     */
    public static InputStream openPlain(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            return open(file.getFileName().toString(), in);
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }

    private static InputStream open(String name, InputStream in) throws IOException {
        return name.toLowerCase(Locale.ROOT).endsWith(".zip") ? firstZipEntry(name, in) : in;
    }

    /**
     * The content of the first entry of the zip file {@code name}, read from {@code in}: GDELT
     * publishes each file as a zip of one entry.
     *
     * @throws IOException when it cannot be read or has no entry
     */
    public static InputStream firstZipEntry(String name, InputStream in) throws IOException {
        ZipInputStream zip = new ZipInputStream(in);
        ZipEntry entry = zip.getNextEntry();
        if (entry == null) {
            throw new IOException(name + " is a zip file without entries");
        }
        return zip;
    }

    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
