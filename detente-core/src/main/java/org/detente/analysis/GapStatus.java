package org.detente.analysis;

/**
 * Where a staffing target stands. {@code BASELINE_UNKNOWN} and {@code CURRENT_UNKNOWN} say that no
 * reported level exists for that date (the analysis never guesses one); {@code BASELINE_ZERO} says
 * that a multiple of zero staff sets no target.
 */
public enum GapStatus {
    MET, OPEN, BASELINE_UNKNOWN, CURRENT_UNKNOWN, BASELINE_ZERO
}
