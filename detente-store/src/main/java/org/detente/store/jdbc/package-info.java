/**
 * What every relational store of détente stands on: the configuration of the database
 * ({@link org.detente.store.jdbc.DatabaseConfig}: H2 file, in-memory H2 or PostgreSQL 15+), the
 * transactions and type conversions each store's SQL runs through ({@link org.detente.store.jdbc.Jdbc}),
 * the {@link org.detente.store.jdbc.StorageException} they throw, and the part of the schema that
 * is Java: the H2 trigger that keeps the ledger and the audit log append-only. The migrations
 * themselves are the scripts under {@code db/migration}; {@link org.detente.store.database.DetenteDatabase}
 * runs them.
 *
 * <p>The trigger keeps this package's name because H2 stores the name of a trigger's class in the
 * database file: an H2 file created by an earlier release names
 * {@code org.detente.store.jdbc.AppendOnlyTrigger}, and so does the migration that Flyway checks.
 *
 * <p>This package depends on no other package of the store.
 */
package org.detente.store.jdbc;
