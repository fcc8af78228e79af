package org.detente.simulation;

/**
 * Told how far a tournament has got, for a progress bar: called once after each match, possibly
 * from several threads at once ({@link Tournament#playInParallel(TournamentProgress)}), so the
 * counts may arrive out of order; it must be thread-safe and quick. Each count from 1 to the total
 * is told exactly once.
 */
@FunctionalInterface
public interface TournamentProgress {

    /** Nothing is told. */
    TournamentProgress NONE = (done, total) -> {
    };

    /** {@code done} of {@code total} matches are finished. */
    void matchesDone(int done, int total);
}
