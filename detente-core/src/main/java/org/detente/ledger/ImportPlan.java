package org.detente.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.detente.model.DyadDefinition;

/**
 * What an idempotent import of a batch would do to a ledger (the rules of
 * {@link LedgerStore#importEntries}): entries already stored with the same content are skipped,
 * an id stored with other content is a problem, and the rest are validated together. Problems
 * name positions in the batch as given. Every store plans its imports here, so they agree.
 */
public record ImportPlan(List<Entry> fresh, int alreadyPresent, List<Problem> problems) {
    public ImportPlan {
        fresh = List.copyOf(fresh);
        problems = List.copyOf(problems);
    }

    /** The plan for importing {@code batch} into a ledger holding {@code existing}. */
    public static ImportPlan of(DyadDefinition definition, List<Entry> existing, List<Entry> batch) {
        Map<EntryId, Entry> byId = new HashMap<>(existing.size() * 2);
        for (Entry entry : existing) {
            byId.put(entry.id(), entry);
        }
        List<Entry> fresh = new ArrayList<>();
        List<Integer> freshIndexes = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int already = 0;
        for (int i = 0; i < batch.size(); i++) {
            Entry entry = batch.get(i);
            Entry stored = byId.get(entry.id());
            if (stored == null) {
                fresh.add(entry);
                freshIndexes.add(i);
            } else if (sameContent(stored, entry)) {
                already++;
            } else {
                problems.add(new Problem(i, entry.id().value(), "id",
                        "an entry with id '" + entry.id() + "' is already stored with different content"));
            }
        }
        for (Problem problem : new LedgerValidator(definition, existing).validate(fresh)) {
            problems.add(new Problem(freshIndexes.get(problem.index()), problem.entryId(), problem.field(),
                    problem.message()));
        }
        problems.sort(Comparator.comparingInt(Problem::index));
        return new ImportPlan(fresh, already, problems);
    }

    /** Whether two entries say the same thing, whatever sequence the store gave them. */
    public static boolean sameContent(Entry a, Entry b) {
        return a.withSequence(0).equals(b.withSequence(0));
    }
}
