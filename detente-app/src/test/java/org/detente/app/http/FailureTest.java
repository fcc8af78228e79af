package org.detente.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.detente.ledger.Entry;
import org.detente.ledger.InMemoryLedgerStore;
import org.detente.ledger.LedgerStore;
import org.detente.model.Dyad;
import org.detente.model.DyadDefinition;
import org.detente.testkit.EntryBodies;
import org.junit.jupiter.api.Test;

class FailureTest {
    /** A store that works until told to fail, then fails every call the way a lost database would. */
    private static final class FailingStore implements LedgerStore {
        private final InMemoryLedgerStore delegate = new InMemoryLedgerStore();
        private volatile boolean failing;

        private void check() {
            if (failing) {
                throw new IllegalStateException("connection to jdbc:secret://10.0.0.7 refused; password=hunter2");
            }
        }

        @Override
        public List<Dyad> dyads() {
            check();
            return delegate.dyads();
        }

        @Override
        public Optional<DyadDefinition> definition(Dyad dyad) {
            check();
            return delegate.definition(dyad);
        }

        @Override
        public void saveDefinition(DyadDefinition definition) {
            check();
            delegate.saveDefinition(definition);
        }

        @Override
        public List<Entry> entries(Dyad dyad) {
            check();
            return delegate.entries(dyad);
        }

        @Override
        public long lastSequence(Dyad dyad) {
            check();
            return delegate.lastSequence(dyad);
        }

        @Override
        public List<Entry> append(Dyad dyad, List<Entry> batch, OptionalLong expectedLastSequence) {
            check();
            return delegate.append(dyad, batch, expectedLastSequence);
        }

        @Override
        public ImportResult importEntries(Dyad dyad, List<Entry> batch) {
            check();
            return delegate.importEntries(dyad, batch);
        }
    }

    @Test
    void when_the_store_fails_health_is_503_and_requests_are_500s_that_show_no_internals() {
        FailingStore store = new FailingStore();
        try (ApiFixture api = ApiFixture.start(store)) {
            assertThat(api.get("/health").status()).isEqualTo(200);

            store.failing = true;

            ApiFixture.Response health = api.get("/health");
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.json().get("checks").get("database").asText()).isEqualTo("DOWN");
            assertThat(health.body()).doesNotContain("secret", "hunter2");
            for (ApiFixture.Response response : List.of(api.get("/api/dyads"), api.get("/api/dyads/us-ru/state"),
                    api.post("/api/dyads/us-ru/ledger", EntryBodies.expulsion(1, "2025-05-01"),
                            ApiFixture.bearer(ApiFixture.EDITOR)))) {
                assertThat(response.status()).isEqualTo(500);
                assertThat(response.isProblem()).isTrue();
                assertThat(response.json().get("type").asText()).isEqualTo("urn:detente:problem:internal-error");
                assertThat(response.body()).doesNotContain("secret", "hunter2", "IllegalStateException", "at org.");
            }
        }
    }
}
