package org.detente.app.architecture.planted.store.ledger;

import org.detente.app.architecture.planted.store.jdbc.Jdbc;

/** The planted store's ledger, which uses the plumbing as it should (the other half of the cycle). */
public final class LedgerTable {
    private LedgerTable() {
    }

    public static int rows() {
        return Jdbc.table().length();
    }
}
