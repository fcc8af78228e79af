package org.detente.store.jdbc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.detente.store.jdbc.StoreFixtures.US_RU;
import static org.detente.store.jdbc.StoreFixtures.definition;
import static org.detente.store.jdbc.StoreFixtures.generated;
import static org.detente.store.jdbc.StoreFixtures.retraction;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.detente.ledger.Entry;
import org.detente.ledger.InMemoryLedgerStore;
import org.detente.ledger.InvalidEntriesException;
import org.detente.ledger.Problem;
import org.junit.jupiter.api.Test;

/** The in-memory store reports import problems as the JDBC store does: by place in the batch given. */
class InMemoryImportTest {
    @Test
    void an_import_names_bad_entries_by_their_place_in_the_given_batch_not_among_the_new_ones() {
        InMemoryLedgerStore store = new InMemoryLedgerStore();
        store.saveDefinition(definition());
        store.importEntries(US_RU, generated("n", 0, 3));
        List<Entry> batch = new ArrayList<>(generated("n", 0, 3));
        batch.add(retraction("n-bad", generated("n", 50)));

        assertThatThrownBy(() -> store.importEntries(US_RU, batch))
                .isInstanceOfSatisfying(InvalidEntriesException.class, e -> assertThat(e.problems())
                        .extracting(Problem::index, Problem::field)
                        .containsExactly(Tuple.tuple(3, "retracts")));
        assertThat(store.lastSequence(US_RU)).isEqualTo(3);
    }
}
