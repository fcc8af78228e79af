/**
 * Moving a database's content in and out as one YAML file ({@code format: detente-export/1}):
 * {@link org.detente.store.transfer.DatabaseTransfer} exports chosen dyads, imports an export or a
 * plain entries file, and backs up and restores everything (ledgers, definitions, documents, token
 * hashes and the audit log); a file with problems is refused whole with
 * {@link org.detente.store.transfer.TransferProblems}. It uses the other stores and no store uses it.
 */
package org.detente.store.transfer;
