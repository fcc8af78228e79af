/**
 * The things détente speaks of: countries and dyads, missions, channels, air links, tracks,
 * external conditions, sources and dates of stated precision. Everything here is an immutable
 * value; status over time lives in {@code org.detente.state}, derived from the ledger.
 */
package org.detente.model;
