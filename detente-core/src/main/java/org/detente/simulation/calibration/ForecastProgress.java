package org.detente.simulation.calibration;

/**
 * Told how far a forecast has got, for a progress bar. Called about a hundred times a forecast,
 * possibly from several threads at once, with counts that may arrive out of order; it must be
 * thread-safe and quick.
 */
@FunctionalInterface
public interface ForecastProgress {

    /** Nothing is told. */
    ForecastProgress NONE = (done, total) -> {
    };

    /** {@code done} of {@code total} runs are finished. */
    void runsDone(int done, int total);
}
