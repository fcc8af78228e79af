package org.detente.app.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.detente.app.service.StoreWorkspace;
import org.detente.forecast.ForecastRules;
import org.detente.ledger.InMemoryLedgerStore;
import org.detente.ledger.StatementOfPosition;
import org.detente.model.Country;
import org.detente.model.Dyad;
import org.detente.store.dataset.BundledDatasets;
import org.detente.testkit.Entries;
import org.junit.jupiter.api.Test;

/**
 * The pooled forecast is remembered for the ledgers it was made on (its runs are seeded, so asking
 * again gives the same answer) and made afresh when any of them changes: the dyad's own, or a
 * reference case's, since the other dyads are its reference class.
 */
class ForecastRememberedTest {
    private static final Question JUNE_2025 = new Question("us-ru", LocalDate.of(2025, 6, 1), Optional.empty());
    private static final ForecastQuery.Request POOLED = ForecastQuery.Request.pooled(new ForecastRules(24, 500, 1, 90));

    @Test
    void the_same_question_on_the_same_ledgers_is_answered_from_memory_and_a_new_reference_entry_asks_again() {
        InMemoryLedgerStore store = new InMemoryLedgerStore();
        StoreWorkspace workspace = StoreWorkspace.seeded(store,
                List.of(BundledDatasets.read("us-ru"), BundledDatasets.read("us-cu")));
        UseCases cases = new UseCases(workspace);

        ForecastQuery.ForecastAnswer first = cases.forecast().answer(JUNE_2025, POOLED);
        assertThat(cases.forecast().answer(JUNE_2025, POOLED)).isSameAs(first);
        assertThat(cases.forecast().answer(JUNE_2025, ForecastQuery.Request.pooled(new ForecastRules(24, 500, 2, 90))))
                .as("another seed is another question").isNotSameAs(first);

        Dyad usCu = Dyad.parse("us-cu");
        store.append(usCu, List.of(Entries.entry("2025-05-01-a-statement").in(usCu).by(Country.of("US"))
                .on("2025-05-01").does(new StatementOfPosition("Spokesperson", "A position", Optional.empty()))),
                OptionalLong.empty());

        ForecastQuery.ForecastAnswer afterReferenceChanged = cases.forecast().answer(JUNE_2025, POOLED);
        assertThat(afterReferenceChanged).isNotSameAs(first);
        assertThat(cases.forecast().answer(JUNE_2025, POOLED)).isSameAs(afterReferenceChanged);
    }
}
