package org.detente.store.jdbc;

import static org.detente.store.jdbc.StoreFixtures.definition;

import org.detente.ledger.InMemoryLedgerStore;
import org.detente.ledger.LedgerStore;

/** The ledger store's contract on the in-memory store (tests, scenarios, the CLI over a dataset folder). */
class InMemoryStoreContractTest extends LedgerStoreContract {
    @Override
    LedgerStore freshStore() {
        LedgerStore store = new InMemoryLedgerStore();
        store.saveDefinition(definition());
        return store;
    }

    @Override
    LedgerStore storeWithoutDefinitions() {
        return new InMemoryLedgerStore();
    }

    @Override
    LedgerStore reopened(LedgerStore store) {
        return store; // one process holds it: every reader sees the same store
    }
}
