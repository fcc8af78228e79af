package org.detente.simulation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * A round-robin tournament in Axelrod's manner: every entrant meets every other entrant once per
 * repetition (no self-play), and an entrant's score is the total of its matches in one repetition,
 * averaged over the repetitions. Repetitions matter only when randomness is involved (random
 * strategies or noise).
 *
 * <p>Reproducibility: the pairs are numbered in entrant order ((0,1), (0,2), ..., (1,2), ...), and
 * match {@code repetition * pairs + pair} is seeded from the tournament seed and that number; the
 * scores are summed in that order once all matches are done. {@link #play()} and
 * {@link #playInParallel()} therefore give equal results.
 *
 * <p>Progress: a {@link TournamentProgress} given to either is told after every match.
 *
 * <p>Invariants: at least two entrants, with distinct names; at least one repetition.
 * Cost: repetitions &times; k(k-1)/2 matches for k entrants.
 */
public final class Tournament {

    private final List<Strategy> entrants;
    private final MatchRules rules;
    private final int repetitions;
    private final long seed;
    private final int[] firstOfPair;
    private final int[] secondOfPair;

    /**
     * A tournament between {@code entrants}.
     *
     * @param repetitions how many times the whole round robin is played
     * @param seed        the seed every match's seed is derived from
     */
    public Tournament(List<? extends Strategy> entrants, MatchRules rules, int repetitions, long seed) {
        Objects.requireNonNull(entrants, "entrants are required");
        this.entrants = List.copyOf(entrants);
        this.rules = Objects.requireNonNull(rules, "rules are required");
        if (this.entrants.size() < 2) {
            throw new IllegalArgumentException("a tournament needs at least 2 entrants, got " + this.entrants.size());
        }
        Set<String> names = new HashSet<>();
        for (Strategy entrant : this.entrants) {
            if (!names.add(entrant.name())) {
                throw new IllegalArgumentException("entrant names must be distinct, but '" + entrant.name() + "' appears more than once");
            }
        }
        if (repetitions < 1) {
            throw new IllegalArgumentException("repetitions must be at least 1, got " + repetitions);
        }
        this.repetitions = repetitions;
        this.seed = seed;

        int k = this.entrants.size();
        int pairs = k * (k - 1) / 2;
        firstOfPair = new int[pairs];
        secondOfPair = new int[pairs];
        int pair = 0;
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                firstOfPair[pair] = i;
                secondOfPair[pair] = j;
                pair++;
            }
        }
    }

    /** Plays every match, one after the other. */
    public TournamentResult play() {
        return play(TournamentProgress.NONE);
    }

    /** Plays every match, one after the other, telling {@code progress} after each. */
    public TournamentResult play(TournamentProgress progress) {
        return playMatches(IntStream.range(0, matchCount()), progress);
    }

    /** Plays the matches in parallel on the common fork-join pool; the result equals {@link #play()}'s. */
    public TournamentResult playInParallel() {
        return playInParallel(TournamentProgress.NONE);
    }

    /** As {@link #playInParallel()}, telling {@code progress} after each match (from the threads that play them). */
    public TournamentResult playInParallel(TournamentProgress progress) {
        return playMatches(IntStream.range(0, matchCount()).parallel(), progress);
    }

    private int matchCount() {
        return Math.multiplyExact(repetitions, firstOfPair.length);
    }

    private TournamentResult playMatches(IntStream matchIndices, TournamentProgress progress) {
        Objects.requireNonNull(progress, "progress is required (TournamentProgress.NONE for none)");
        int total = matchCount();
        AtomicInteger done = new AtomicInteger();
        double[] scoresOfFirst = new double[total];
        double[] scoresOfSecond = new double[total];
        // Each match writes its own slots; the terminal operation makes the writes visible here.
        matchIndices.forEach(index -> {
            int pair = index % firstOfPair.length;
            MatchResult result = new Match(entrants.get(firstOfPair[pair]), entrants.get(secondOfPair[pair]), rules,
                    Seeds.forMatch(seed, index)).play();
            scoresOfFirst[index] = result.scoreA();
            scoresOfSecond[index] = result.scoreB();
            progress.matchesDone(done.incrementAndGet(), total);
        });

        // Summed in match order so that the floating-point total is the same however the matches ran.
        double[] totals = new double[entrants.size()];
        for (int index = 0; index < scoresOfFirst.length; index++) {
            int pair = index % firstOfPair.length;
            totals[firstOfPair[pair]] += scoresOfFirst[index];
            totals[secondOfPair[pair]] += scoresOfSecond[index];
        }
        return new TournamentResult(rules, repetitions, seed, rank(totals));
    }

    private List<TournamentResult.Standing> rank(double[] totals) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < totals.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingDouble(i -> -totals[i]).thenComparing(i -> entrants.get(i).name()));
        List<TournamentResult.Standing> standings = new ArrayList<>();
        for (int position = 0; position < order.size(); position++) {
            int entrant = order.get(position);
            double score = totals[entrant] / repetitions;
            // Competition ranking (1, 2, 2, 4): a tie shares the best rank of the tied group.
            int rank = position == 0 || score < standings.get(position - 1).score()
                    ? position + 1
                    : standings.get(position - 1).rank();
            standings.add(new TournamentResult.Standing(rank, entrants.get(entrant).name(), score));
        }
        return standings;
    }
}
