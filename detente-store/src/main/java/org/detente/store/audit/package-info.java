/**
 * The audit log: one {@link org.detente.store.audit.AuditEvent} (when, who, what) for every write
 * to the store, recorded by the store that writes, in the write's own transaction, so an event is
 * logged exactly when its write is committed. Append-only like the ledger.
 * {@link org.detente.store.audit.AuditLog} also stamps the stores' times from the one clock it is given.
 */
package org.detente.store.audit;
