/**
 * Monthly signals of a dyad from event data, per direction: event counts by quad class, sum and
 * mean of Goldstein weights, mean tone. {@link org.detente.events.signals.EventSignals} is the
 * service the CLI and the HTTP API call.
 */
package org.detente.events.signals;
