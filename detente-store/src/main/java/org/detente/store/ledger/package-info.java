/**
 * The ledgers on a relational database: {@link org.detente.store.ledger.JdbcLedgerStore}, the
 * core's {@code LedgerStore} over the append-only ledger table and the dyads' definitions; the
 * documents each dyad keeps as text beside its ledger ({@code roadmap.yaml}, {@code consular.yaml};
 * {@link org.detente.store.ledger.DocumentStore}); and the rows that cannot be read back
 * ({@link org.detente.store.ledger.UnreadableEntry}).
 *
 * <p>The ledger table is append-only: the code only inserts, and the database refuses UPDATE and
 * DELETE with a trigger. Appends of a dyad are serialised by locking the dyad's row
 * ({@code SELECT ... FOR UPDATE}) in the append's transaction, which also checks the expected last
 * sequence; unique constraints on (dyad, seq) and (dyad, entry_id) back this up. Because entries
 * never change, each process keeps the entries it has read and later reads only the newer ones.
 * Every write is audited in its own transaction through {@code store.audit}.
 */
package org.detente.store.ledger;
