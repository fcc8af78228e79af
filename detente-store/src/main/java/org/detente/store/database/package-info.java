/**
 * The database of détente, opened: {@link org.detente.store.database.DetenteDatabase#open} builds
 * the connection pool (HikariCP), migrates the schema (Flyway; H2 or PostgreSQL), loads the bundled
 * datasets on a first start and hands out the stores that share one pool: the ledgers and their
 * documents ({@code store.ledger}), the API tokens ({@code store.access}) and the audit log
 * ({@code store.audit}). The one entry point of the relational store; it depends on those
 * packages, none of them on it.
 */
package org.detente.store.database;
