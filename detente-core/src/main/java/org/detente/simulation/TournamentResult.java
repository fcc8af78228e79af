package org.detente.simulation;

import java.util.List;
import java.util.Objects;

/**
 * The ranking of a tournament: one row per entrant, best first.
 *
 * <p>Invariants: rows are ordered by score, highest first, and by name among equal scores; ranks
 * follow competition ranking, so tied entrants share a rank and the next rank skips (1, 2, 2, 4).
 *
 * @param rules       the rules the matches were played under
 * @param repetitions how many times the round robin was played
 * @param seed        the tournament seed
 * @param standings   the ranked rows
 */
public record TournamentResult(MatchRules rules, int repetitions, long seed, List<Standing> standings) {

    /** Copies the rows; ordering and ranking them is the tournament's work. */
    public TournamentResult {
        Objects.requireNonNull(rules, "rules are required");
        standings = List.copyOf(standings);
    }

    /** The row of the entrant named {@code name}. */
    public Standing standingOf(String name) {
        return standings.stream()
                .filter(standing -> standing.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no entrant named '" + name + "' in this tournament"));
    }

    /**
     * One entrant's row.
     *
     * @param rank  1 for the best; tied entrants share a rank
     * @param name  the strategy's name
     * @param score the total of its matches in one repetition, averaged over the repetitions
     */
    public record Standing(int rank, String name, double score) {

        /** Checks that the rank is at least 1 and the name is given. */
        public Standing {
            if (rank < 1) {
                throw new IllegalArgumentException("rank must be at least 1, got " + rank);
            }
            Objects.requireNonNull(name, "name is required");
        }
    }
}
