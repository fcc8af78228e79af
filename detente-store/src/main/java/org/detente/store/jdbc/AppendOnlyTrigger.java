package org.detente.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The H2 trigger (installed by the H2 migration) that refuses UPDATE and DELETE on the append-only
 * tables, as the PostgreSQL trigger does. Public only because H2 instantiates it by name.
 */
public final class AppendOnlyTrigger implements Trigger {
    private String table = "table";

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                     int type) {
        this.table = tableName.toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        String operation = newRow == null ? "DELETE" : "UPDATE";
        throw new SQLException(table + " is append-only: " + operation
                + " is refused (correct a ledger entry with a retraction entry)", "23000");
    }
}
