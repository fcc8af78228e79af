/**
 * The calibrated mode of the simulator: how each side of a dyad has reacted, estimated from its
 * ledger ({@link org.detente.simulation.calibration.ReactionCalibration} answering a
 * {@link org.detente.simulation.calibration.ReactionProfile} per side), and a Monte Carlo forecast
 * of the roadmap on top of it ({@link org.detente.simulation.calibration.MonteCarloForecast}), in
 * which either side may instead play a strategy of {@link org.detente.simulation}.
 *
 * <p>The model is stylised, not a prediction: one move a side a month, goals met only in months of
 * mutual conciliation at an observed pace, reactions assumed stable over time.
 * {@code docs/simulation.md} gives the estimation formulas and every assumption. Like the rest of
 * core, nothing here reads clocks or files; every random draw derives from the forecast's seed.
 *
 * <p><b>Cost.</b> Calibration is O(n log n) in the ledger's entries (the reciprocity pairing);
 * a forecast is O(runs · (months + goals · g)) for g goals of priority scanned per goal met, with
 * O(runs · (months + goals)) memory for the per-run outcomes.
 */
package org.detente.simulation.calibration;
