/**
 * The state of relations of a dyad as of a date, and as known at a moment, derived from the
 * ledger by {@link org.detente.state.Projector}. Nothing here is stored: every state can be
 * rebuilt from the entries.
 */
package org.detente.state;
