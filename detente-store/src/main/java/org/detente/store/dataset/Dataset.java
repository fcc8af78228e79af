package org.detente.store.dataset;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.detente.ledger.Entry;
import org.detente.model.DyadDefinition;
import org.detente.store.format.Tree;

/**
 * A validated dataset: the definitions, every ledger entry, and the other documents of the
 * folder (such as {@code roadmap.yaml}) by file name, parsed but left to their own readers.
 */
public record Dataset(DyadDefinition definition, List<Entry> entries, Map<String, Tree> documents) {
    public Dataset {
        Objects.requireNonNull(definition, "definition is required");
        entries = List.copyOf(entries);
        documents = Map.copyOf(documents);
    }

    /** An optional document of the folder, such as {@code roadmap.yaml}. */
    public Optional<Tree> document(String fileName) {
        return Optional.ofNullable(documents.get(fileName));
    }
}
