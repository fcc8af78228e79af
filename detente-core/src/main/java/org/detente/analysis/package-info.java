/**
 * Analyses derived from the ledger and the projected state: reciprocity (which measure answered
 * which, at what ratio and lag), the conflict–cooperation (escalation) index on the Goldstein
 * scale, staffing gaps against targets, consular capacity with backlog and wait, and the pace of
 * talks with a forecast of when open goals would be met.
 *
 * <p>Every analysis is an object built from its input and validated at construction, answering
 * with a verb ({@code pair()}, {@code monthly()}, {@code gapsAsOf(date)}, {@code capacity(staffing)},
 * {@code asOf(date)}) and returning immutable result records. None of them reads files, clocks or
 * random sources: the same input gives the same result.
 *
 * <p><b>Complexity.</b> {@link org.detente.analysis.GreedyReciprocityPairing} sorts the entries once
 * (O(n log n)) and then pairs them in one pass with a FIFO queue per (side, category, stance), so
 * each entry is queued and dequeued at most once: O(n log n) in all.
 * {@link org.detente.analysis.GoldsteinEscalationIndex} is O(n log n) for the same reason.
 *
 * <p><b>Sources.</b> The conflict–cooperation weights follow J. S. Goldstein, "A Conflict-Cooperation
 * Scale for WEIS Events Data", Journal of Conflict Resolution 36(2), 1992, pp. 369–385, as extended to
 * the CAMEO codes by P. A. Schrodt, "CAMEO Conflict and Mediation Event Observations Event and Actor
 * Codebook" (version 1.1b3, 2012); the mapping and the formulas are documented in
 * {@code docs/analyses.md}.
 */
package org.detente.analysis;
