package org.detente.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.detente.ledger.Entry;
import org.detente.model.Text;

/**
 * A named "what if": hypothetical entries, in the ledger's own format, laid over the ledger to
 * see relations as of {@code asOf}. The entries are never written to the ledger; they are checked
 * by the same rules as ledger entries when the scenario is evaluated.
 */
public record Scenario(String name, String description, LocalDate asOf, List<Entry> entries) {
    public Scenario {
        name = Text.require(name, "scenario name");
        description = Text.optional(description);
        Objects.requireNonNull(asOf, "scenario " + name + ": asOf is required");
        entries = List.copyOf(Objects.requireNonNull(entries, "scenario " + name + ": entries is required"));
    }
}
