/**
 * The relational store: the ledger, definitions, documents, API tokens and the audit log in one
 * schema that runs on H2 (an embedded file, the default) and on PostgreSQL 15+, migrated by
 * Flyway and reached through a HikariCP pool. {@link org.detente.store.jdbc.DetenteDatabase#open}
 * is the one entry point.
 *
 * <p>The ledger table is append-only: the code only inserts, and the database refuses UPDATE and
 * DELETE with a trigger. Appends of a dyad are serialised by locking the dyad's row
 * ({@code SELECT ... FOR UPDATE}) in the append's transaction, which also checks the expected last
 * sequence; unique constraints on (dyad, seq) and (dyad, entry_id) back this up. Because entries
 * never change, each process keeps the entries it has read and later reads only the newer ones.
 */
package org.detente.store.jdbc;
