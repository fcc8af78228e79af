package org.detente.app.architecture.planted.store.jdbc;

import org.detente.app.architecture.planted.store.ledger.LedgerTable;

/**
 * The plumbing of a planted store that reaches up into its ledger package: the store-package
 * rules must catch the cycle and the upward dependency.
 */
public final class Jdbc {
    private Jdbc() {
    }

    public static String table() {
        return "ledger";
    }

    public static int rowsOfTheLedger() {
        return LedgerTable.rows();
    }
}
