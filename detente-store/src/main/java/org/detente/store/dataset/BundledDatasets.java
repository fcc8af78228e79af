package org.detente.store.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.Map;
import java.util.Optional;

/**
 * The datasets that ship inside détente (built from the repository's {@code datasets/} folder
 * into the jar), read the same way as a folder on disk.
 */
public final class BundledDatasets {
    /** The dyad served and shown when none is named. */
    public static final String DEFAULT_DYAD = "us-ru";
    /** The dyads bundled with détente: every folder of {@code datasets/} with a {@code dyad.yaml}, the default first, then by name. */
    public static final List<String> DYADS = discover();

    private BundledDatasets() {
    }

    private static List<String> discover() {
        URL root = BundledDatasets.class.getClassLoader().getResource("datasets/" + DEFAULT_DYAD + "/dyad.yaml");
        if (root == null) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        try {
            if ("jar".equals(root.getProtocol())) {
                // The names of the jar's entries, from the index the class loader has already read:
                // a zip file system over the jar would read and index all its entries again, at
                // every start of every command.
                JarURLConnection connection = (JarURLConnection) root.openConnection();
                connection.setUseCaches(true);
                Pattern marker = Pattern.compile("datasets/([^/]+)/dyad\\.yaml");
                connection.getJarFile().stream().map(entry -> marker.matcher(entry.getName()))
                        .filter(Matcher::matches).map(m -> m.group(1)).forEach(found::add);
            } else {
                Path datasets = folder(DEFAULT_DYAD).orElseThrow().getParent();
                try (Stream<Path> folders = Files.list(datasets)) {
                    folders.filter(f -> Files.isRegularFile(f.resolve("dyad.yaml")))
                            .map(f -> f.getFileName().toString()).forEach(found::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the bundled datasets", e);
        }
        found.sort(Comparator.comparing((String id) -> !id.equals(DEFAULT_DYAD)).thenComparing(id -> id));
        return List.copyOf(found);
    }

    /** The folder of a bundled dataset, or empty when it is not bundled. */
    public static Optional<Path> folder(String dyad) {
        URL marker = BundledDatasets.class.getClassLoader().getResource("datasets/" + dyad + "/dyad.yaml");
        if (marker == null) {
            return Optional.empty();
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem jar;
                try {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    jar = FileSystems.getFileSystem(uri);
                }
                return Optional.of(jar.getPath("/datasets/" + dyad));
            }
            return Optional.of(Path.of(uri).getParent());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bundled dataset address is malformed: " + marker, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the bundled dataset " + dyad, e);
        }
    }

    /**
     * Reads a bundled dataset.
     *
     * @throws IllegalArgumentException when no dataset of that dyad is bundled
     * @throws DatasetProblems when the bundled data is invalid (a build defect the tests catch)
     */
    public static Dataset read(String dyad) {
        Path folder = folder(dyad).orElseThrow(() -> new IllegalArgumentException(
                "no bundled dataset for dyad '" + dyad + "' (bundled: " + String.join(", ", DYADS) + ")"));
        return DatasetReader.read(folder);
    }
}
