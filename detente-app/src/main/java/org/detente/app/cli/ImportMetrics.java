package org.detente.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports by outcome, for Prometheus. An import runs in a process of its own that no server
 * scrapes, so when {@code DETENTE_METRICS_FILE} names a file the command adds its counts to it, in
 * the text format that node_exporter's textfile collector serves. The counters add up across runs
 * and processes (the file is read and replaced under a lock); the file is written aside and moved
 * into place, so the collector never reads half of it.
 */
final class ImportMetrics {
    static final String ENV_FILE = "DETENTE_METRICS_FILE";
    private static final String NAME = "detente_imports_total";
    private static final Pattern SAMPLE = Pattern.compile(NAME + "\\{kind=\"([a-z]+)\",outcome=\"([a-z]+)\"} (\\d+)");

    private ImportMetrics() {
    }

    /**
     * Adds {@code outcomes} (outcome → files) to the counters of {@code kind}; every outcome named
     * gets a series, at 0 when none, so an alert on its rate has one from the first run. A file
     * that cannot be written is reported on {@code err}: the import itself has happened.
     */
    static void count(Map<String, String> environment, String kind, Map<String, Long> outcomes, PrintWriter err) {
        String file = environment.get(ENV_FILE);
        if (file == null || file.isBlank()) {
            return;
        }
        Path path = Path.of(file).toAbsolutePath();
        Path lock = path.resolveSibling(path.getFileName() + ".lock");
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            Map<String, Long> totals = new TreeMap<>();
            if (Files.exists(path)) {
                for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
                    Matcher sample = SAMPLE.matcher(line);
                    if (sample.matches()) {
                        totals.put(sample.group(1) + " " + sample.group(2), Long.parseLong(sample.group(3)));
                    }
                }
            }
            outcomes.forEach((outcome, files) -> totals.merge(kind + " " + outcome, files, Long::sum));
            StringBuilder text = new StringBuilder()
                    .append("# HELP ").append(NAME).append(" Files imported by the command line, by kind and outcome\n")
                    .append("# TYPE ").append(NAME).append(" counter\n");
            totals.forEach((key, files) -> {
                String[] series = key.split(" ");
                text.append(NAME).append("{kind=\"").append(series[0]).append("\",outcome=\"").append(series[1])
                        .append("\"} ").append(files).append('\n');
            });
            // Not *.prom: the collector reads only those.
            Path partial = path.resolveSibling(path.getFileName() + ".partial");
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            Files.move(partial, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            err.println("detente: " + ENV_FILE + " " + file + " not updated: " + e.getMessage());
        }
    }
}
