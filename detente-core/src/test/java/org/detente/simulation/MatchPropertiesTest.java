package org.detente.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Invariants that hold for every match, checked on generated strategies, rules and seeds. */
class MatchPropertiesTest {

    private static final List<Strategy> DETERMINISTIC = List.of(new TitForTat(), new TitForTwoTats(), new Grudger(),
            new AlwaysCooperate(), new AlwaysDefect(), new WinStayLoseShift(), new Grit(), new Grit(1), new Grit(5),
            new GenerousTitForTat(0), new MemoryOne(1, 0, 0, 1, 1));

    private static final List<Strategy> ANY = List.of(new TitForTat(), new GenerousTitForTat(), new TitForTwoTats(), new Grudger(),
            new AlwaysCooperate(), new AlwaysDefect(), new RandomStrategy(), new RandomStrategy(0.8), new WinStayLoseShift(),
            new Grit(), new MemoryOne(0.5, 0.9, 0.2, 0.6, 0.4));

    @Provide
    Arbitrary<Strategy> deterministic() {
        return Arbitraries.of(DETERMINISTIC);
    }

    @Provide
    Arbitrary<Strategy> any() {
        return Arbitraries.of(ANY);
    }

    /** Payoffs built to meet T > R > P > S and 2R > T + S: S, then P, R, T as increasing steps. */
    @Provide
    Arbitrary<PayoffMatrix> payoffs() {
        Arbitrary<Integer> step = Arbitraries.integers().between(1, 10);
        return Combinators.combine(Arbitraries.integers().between(-10, 10), step, step, step)
                .filter((sucker, toPunishment, toReward, toTemptation) -> toPunishment + toReward > toTemptation)
                .as((sucker, toPunishment, toReward, toTemptation) -> {
                    int punishment = sucker + toPunishment;
                    int reward = punishment + toReward;
                    return new PayoffMatrix(reward, sucker, reward + toTemptation, punishment);
                });
    }

    @Property
    void swapping_sides_swaps_the_scores(@ForAll("deterministic") Strategy a, @ForAll("deterministic") Strategy b,
            @ForAll @IntRange(min = 1, max = 300) int turns, @ForAll("payoffs") PayoffMatrix payoffs, @ForAll long seed) {
        MatchRules rules = new MatchRules(turns, payoffs, 0);

        MatchResult ab = new Match(a, b, rules, seed).play();
        MatchResult ba = new Match(b, a, rules, seed).play();

        assertThat(ba).isEqualTo(ab.swapped());
        assertThat(ab.scoreA() + ab.scoreB()).isEqualTo(ba.scoreA() + ba.scoreB());
    }

    @Property
    void identical_deterministic_strategies_without_noise_score_alike(@ForAll("deterministic") Strategy strategy,
            @ForAll @IntRange(min = 1, max = 300) int turns, @ForAll long seed) {
        MatchResult result = new Match(strategy, strategy, MatchRules.standard(turns), seed).play();

        assertThat(result.scoreA()).isEqualTo(result.scoreB());
        assertThat(result.movesA()).isEqualTo(result.movesB());
    }

    @Property
    void scores_stay_between_turns_times_sucker_and_turns_times_temptation(@ForAll("any") Strategy a, @ForAll("any") Strategy b,
            @ForAll @IntRange(min = 1, max = 300) int turns, @ForAll("payoffs") PayoffMatrix payoffs,
            @ForAll @DoubleRange(min = 0, max = 1) double noise, @ForAll long seed) {
        MatchResult result = new Match(a, b, new MatchRules(turns, payoffs, noise), seed).play();

        assertThat(result.scoreA()).isBetween(turns * payoffs.sucker(), turns * payoffs.temptation());
        assertThat(result.scoreB()).isBetween(turns * payoffs.sucker(), turns * payoffs.temptation());
        // Since 2R > T + S and R > P, no round pays the two sides more than 2R together.
        assertThat(result.scoreA() + result.scoreB()).isLessThanOrEqualTo(2 * turns * payoffs.reward());
        assertThat(result.turns()).isEqualTo(turns);
        assertThat(result.cooperationRateA()).isBetween(0.0, 1.0);
    }

    @Property
    void scores_are_the_sum_of_the_payoffs_of_the_recorded_moves(@ForAll("any") Strategy a, @ForAll("any") Strategy b,
            @ForAll @IntRange(min = 1, max = 200) int turns, @ForAll @DoubleRange(min = 0, max = 0.5) double noise, @ForAll long seed) {
        MatchRules rules = MatchRules.standard(turns).withNoise(noise);

        MatchResult result = new Match(a, b, rules, seed).play();

        double expectedA = 0;
        double expectedB = 0;
        for (int round = 0; round < turns; round++) {
            expectedA += PayoffMatrix.STANDARD.payoff(result.movesA().get(round), result.movesB().get(round));
            expectedB += PayoffMatrix.STANDARD.payoff(result.movesB().get(round), result.movesA().get(round));
        }
        assertThat(result.scoreA()).isEqualTo(expectedA);
        assertThat(result.scoreB()).isEqualTo(expectedB);
    }

    @Property
    void a_match_is_a_function_of_its_seed(@ForAll("any") Strategy a, @ForAll("any") Strategy b,
            @ForAll @DoubleRange(min = 0, max = 1) double noise, @ForAll long seed) {
        MatchRules rules = MatchRules.standard(100).withNoise(noise);

        assertThat(new Match(a, b, rules, seed).play()).isEqualTo(new Match(a, b, rules, seed).play());
    }
}
