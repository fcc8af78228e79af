/**
 * The ledger: the append-only list of dated, sourced entries from which everything else is
 * derived. {@link org.detente.ledger.Measure} is the sealed hierarchy of what can happen;
 * {@link org.detente.ledger.Entry} is the envelope that carries a measure with its two times,
 * sources and author; {@link org.detente.ledger.LedgerValidator} checks entries against the
 * definitions and the entries before them.
 */
package org.detente.ledger;
