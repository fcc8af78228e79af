package org.detente.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalLong;
import org.detente.ledger.Entry;
import org.detente.ledger.InMemoryLedgerStore;
import org.detente.store.dataset.BundledDatasets;
import org.detente.store.dataset.Dataset;
import org.junit.jupiter.api.Test;

class StoreWorkspaceTest {
    @Test
    void an_entry_is_found_by_id_in_the_current_ledger_version_including_one_appended_after_an_earlier_read() {
        Dataset bundled = BundledDatasets.read("us-ru");
        List<Entry> entries = bundled.entries();
        Entry first = entries.get(0);
        Entry last = entries.get(entries.size() - 1);
        InMemoryLedgerStore store = new InMemoryLedgerStore();
        StoreWorkspace workspace = StoreWorkspace.seeded(store, List.of(
                new Dataset(bundled.definition(), entries.subList(0, entries.size() - 1), bundled.documents())));

        assertThat(workspace.entry("us-ru", first.id().value())).contains(first);
        assertThat(workspace.entry("us-ru", last.id().value())).isEmpty();
        assertThat(workspace.entry("us-ru", "no-such-entry")).isEmpty();

        store.append(bundled.definition().dyad(), List.of(last), OptionalLong.empty());

        assertThat(workspace.entry("us-ru", last.id().value())).contains(last);
        assertThat(workspace.entry("us-ru", first.id().value())).contains(first);
    }
}
