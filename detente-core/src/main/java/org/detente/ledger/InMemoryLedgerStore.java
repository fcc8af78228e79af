package org.detente.ledger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.detente.model.Dyad;
import org.detente.model.DyadDefinition;

/**
 * A {@link LedgerStore} in memory: for tests, scenarios and the CLI working on a dataset folder.
 * Calls are synchronized, so each is atomic.
 */
public final class InMemoryLedgerStore implements LedgerStore {
    private final Map<Dyad, DyadDefinition> definitions = new LinkedHashMap<>();
    private final Map<Dyad, List<Entry>> ledgers = new LinkedHashMap<>();

    @Override
    public synchronized List<Dyad> dyads() {
        return List.copyOf(definitions.keySet());
    }

    @Override
    public synchronized Optional<DyadDefinition> definition(Dyad dyad) {
        return Optional.ofNullable(definitions.get(dyad));
    }

    @Override
    public synchronized void saveDefinition(DyadDefinition definition) {
        definitions.put(definition.dyad(), definition);
        ledgers.putIfAbsent(definition.dyad(), new ArrayList<>());
    }

    @Override
    public synchronized List<Entry> entries(Dyad dyad) {
        return List.copyOf(ledgers.getOrDefault(dyad, List.of()));
    }

    @Override
    public synchronized long lastSequence(Dyad dyad) {
        return ledgers.getOrDefault(dyad, List.of()).size();
    }

    @Override
    public synchronized List<Entry> append(Dyad dyad, List<Entry> batch, OptionalLong expectedLastSequence) {
        DyadDefinition definition = requireDefinition(dyad);
        List<Entry> ledger = ledgers.get(dyad);
        if (expectedLastSequence.isPresent() && expectedLastSequence.getAsLong() != ledger.size()) {
            throw new ConcurrencyConflictException(expectedLastSequence.getAsLong(), ledger.size());
        }
        List<Problem> problems = new LedgerValidator(definition, ledger).validate(batch);
        if (!problems.isEmpty()) {
            throw new InvalidEntriesException(problems);
        }
        List<Entry> stored = new ArrayList<>();
        for (Entry entry : batch) {
            Entry withSequence = entry.withSequence(ledger.size() + 1L);
            ledger.add(withSequence);
            stored.add(withSequence);
        }
        return stored;
    }

    @Override
    public synchronized ImportResult importEntries(Dyad dyad, List<Entry> batch) {
        ImportPlan plan = ImportPlan.of(requireDefinition(dyad), ledgers.get(dyad), batch);
        if (!plan.problems().isEmpty()) {
            throw new InvalidEntriesException(plan.problems());
        }
        append(dyad, plan.fresh(), OptionalLong.empty());
        return new ImportResult(plan.fresh().size(), plan.alreadyPresent());
    }

    private DyadDefinition requireDefinition(Dyad dyad) {
        DyadDefinition definition = definitions.get(Objects.requireNonNull(dyad, "dyad is required"));
        if (definition == null) {
            throw new IllegalArgumentException("no definitions are stored for dyad " + dyad);
        }
        return definition;
    }
}
