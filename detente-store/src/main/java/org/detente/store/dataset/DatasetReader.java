package org.detente.store.dataset;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.detente.ledger.Entry;
import org.detente.ledger.LedgerValidator;
import org.detente.ledger.Problem;
import org.detente.model.DyadDefinition;
import org.detente.store.format.DefinitionCodec;
import org.detente.store.format.EntryCodec;
import org.detente.store.format.FieldReader;
import org.detente.store.format.FormatException;
import org.detente.store.format.FormatProblem;
import org.detente.store.format.Tree;
import org.detente.store.format.TreeParser;

/**
 * Reads a dataset folder: {@code dyad.yaml}, every {@code ledger/*.yaml} in name order, and the
 * optional documents {@code roadmap.yaml} and {@code consular.yaml}. Every problem in every file
 * is collected and reported with its file (relative to the folder), line and field; a dataset
 * with any problem is not returned.
 */
public final class DatasetReader {
    /** The author recorded for entries that come from a dataset file. */
    public static final String DATASET_AUTHOR = "dataset";
    private static final List<String> OPTIONAL_DOCUMENTS = List.of("roadmap.yaml", "consular.yaml");

    private DatasetReader() {
    }

    /**
     * Reads and validates the dataset in {@code folder}.
     *
     * @throws DatasetProblems listing every problem found
     */
    public static Dataset read(Path folder) {
        List<FormatProblem> problems = new ArrayList<>();
        Optional<Dataset> dataset = read(folder, problems);
        if (dataset.isEmpty()) {
            throw new DatasetProblems(problems);
        }
        return dataset.get();
    }

    /** Reads the dataset, adding every problem to {@code problems}; empty when there is any. */
    public static Optional<Dataset> read(Path folder, List<FormatProblem> problems) {
        if (!Files.isDirectory(folder)) {
            problems.add(new FormatProblem(folder.toString(), 0, "", "is not a folder"));
            return Optional.empty();
        }
        Optional<Tree> definitionTree = parse(folder, "dyad.yaml", problems, true);
        Optional<DyadDefinition> definition = definitionTree.flatMap(tree ->
                DefinitionCodec.decode(tree, "dyad.yaml", problems));
        List<String> ledgerFiles = ledgerFiles(folder, problems);
        List<Entry> entries = new ArrayList<>();
        List<Located> locations = new ArrayList<>();
        for (String file : ledgerFiles) {
            Optional<Tree> tree = parse(folder, file, problems, true);
            if (tree.isEmpty() || definition.isEmpty()) {
                continue;
            }
            FieldReader top = FieldReader.of(tree.get(), file, "", problems);
            if (top == null) {
                continue;
            }
            top.rejectUnknown(Set.of("entries"));
            List<Tree> items = top.items("entries", true);
            for (int i = 0; i < items.size(); i++) {
                Tree item = items.get(i);
                Optional<Entry> entry = EntryCodec.decode(item, definition.get().dyad(), EntryCodec.Mode.DATASET,
                        DATASET_AUTHOR, file, "entries[" + i + "]", problems);
                if (entry.isPresent()) {
                    // A dataset's entries are numbered in reading order, as if appended one by one.
                    entries.add(entry.get().withSequence(entries.size() + 1L));
                    locations.add(new Located(file, item));
                }
            }
        }
        Map<String, Tree> documents = new LinkedHashMap<>();
        for (String name : OPTIONAL_DOCUMENTS) {
            parse(folder, name, problems, false).ifPresent(tree -> documents.put(name, tree));
        }
        if (definition.isPresent()) {
            for (Problem problem : new LedgerValidator(definition.get(), List.of()).validate(entries)) {
                Located where = locations.get(problem.index());
                int line = where.tree() instanceof Tree.Mapping m ? m.lineOf(problem.field()) : where.tree().line();
                problems.add(new FormatProblem(where.file(), line, problem.field(),
                        problem.message() + " (entry " + problem.entryId() + ")"));
            }
        }
        if (!problems.isEmpty() || definition.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Dataset(definition.get(), entries, documents));
    }

    private record Located(String file, Tree tree) {
    }

    private static List<String> ledgerFiles(Path folder, List<FormatProblem> problems) {
        Path ledger = folder.resolve("ledger");
        if (!Files.isDirectory(ledger)) {
            problems.add(new FormatProblem("ledger/", 0, "", "the folder of ledger files is missing"));
            return List.of();
        }
        try (Stream<Path> files = Files.list(ledger)) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml") || name.endsWith(".yml"))
                    .sorted()
                    .map(name -> "ledger/" + name)
                    .toList();
        } catch (IOException e) {
            problems.add(new FormatProblem("ledger/", 0, "", "cannot be listed: " + e.getMessage()));
            return List.of();
        }
    }

    private static Optional<Tree> parse(Path folder, String file, List<FormatProblem> problems, boolean required) {
        Path path = folder.resolve(file);
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return Optional.of(TreeParser.yaml(reader));
        } catch (NoSuchFileException e) {
            if (required) {
                problems.add(new FormatProblem(file, 0, "", "is missing"));
            }
        } catch (FormatException e) {
            problems.add(new FormatProblem(file, e.line(), e.field(), e.getMessage()));
        } catch (IOException e) {
            problems.add(new FormatProblem(file, 0, "", "cannot be read: " + e.getMessage()));
        }
        return Optional.empty();
    }
}
