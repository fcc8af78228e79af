package org.detente.app.architecture.planted.face;

import org.detente.app.architecture.planted.store.jdbc.Jdbc;

/** A planted face that uses the store's plumbing instead of a store: the plumbing rule must catch it. */
public final class RunsItsOwnSql {
    private RunsItsOwnSql() {
    }

    public static String table() {
        return Jdbc.table();
    }
}
