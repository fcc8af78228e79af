/**
 * Suggested ledger entries from event data: events of a dyad whose CAMEO codes correspond to
 * measure types become suggestions, deduplicated across the articles that report one act; an
 * editor accepts one (it becomes a ledger entry through the {@link org.detente.ledger.LedgerStore}
 * port, sourced by the events) or dismisses it.
 */
package org.detente.events.suggest;
