package org.detente.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Invariants that hold for every match, checked on generated strategies, rules and seeds. */
class MatchPropertiesTest {

    private static final List<Strategy> DETERMINISTIC = List.of(new TitForTat(), new TitForTwoTats(), new Grudger(),
            new AlwaysCooperate(), new AlwaysDefect(), new WinStayLoseShift(), new Grit(), new Grit(1), new Grit(5),
            new GenerousTitForTat(0), new MemoryOne(1, 0, 0, 1, 1));

    private static final List<Strategy> ANY = List.of(new TitForTat(), new GenerousTitForTat(), new TitForTwoTats(), new Grudger(),
            new AlwaysCooperate(), new AlwaysDefect(), new RandomStrategy(), new RandomStrategy(0.8), new WinStayLoseShift(),
            new Grit(), new MemoryOne(0.5, 0.9, 0.2, 0.6, 0.4));

    private static final Gen<Strategy> DETERMINISTIC_STRATEGIES = Generate.pick(DETERMINISTIC);
    private static final Gen<Strategy> ANY_STRATEGIES = Generate.pick(ANY);
    private static final Gen<Players> DETERMINISTIC_PLAYERS = DETERMINISTIC_STRATEGIES.zip(DETERMINISTIC_STRATEGIES, Players::new);
    private static final Gen<Players> ANY_PLAYERS = ANY_STRATEGIES.zip(ANY_STRATEGIES, Players::new);
    private static final Gen<Integer> TURNS = integers().between(1, 300);
    private static final Gen<Long> SEEDS = longs().all();

    /** The two strategies of a match, side A first. */
    private record Players(Strategy a, Strategy b) {
    }

    /**
     * Payoffs built to meet T > R > P > S and 2R > T + S: S, then P, R, T as increasing steps of 1 to 10,
     * the step to T less than the two before it together.
     */
    private static final Gen<PayoffMatrix> PAYOFFS = payoffs();

    private static Gen<PayoffMatrix> payoffs() {
        Gen<Integer> step = integers().between(1, 10);
        Gen<int[]> suckerAndSteps = integers().between(-10, 10)
                .zip(step, step, step, (sucker, toPunishment, toReward, toTemptation) ->
                        new int[] {sucker, toPunishment, toReward, toTemptation})
                .assuming(s -> s[1] + s[2] > s[3]);
        return suckerAndSteps.map(s -> {
            int sucker = s[0];
            int punishment = sucker + s[1];
            int reward = punishment + s[2];
            return new PayoffMatrix(reward, sucker, reward + s[3], punishment);
        });
    }

    @Test
    void swapping_sides_swaps_the_scores() {
        qt().withExamples(1_000).forAll(DETERMINISTIC_PLAYERS, TURNS, PAYOFFS, SEEDS)
                .checkAssert(MatchPropertiesTest::swapping_sides_swaps_the_scores);
    }

    private static void swapping_sides_swaps_the_scores(Players players, int turns, PayoffMatrix payoffs, long seed) {
        Strategy a = players.a();
        Strategy b = players.b();
        MatchRules rules = new MatchRules(turns, payoffs, 0);

        MatchResult ab = new Match(a, b, rules, seed).play();
        MatchResult ba = new Match(b, a, rules, seed).play();

        assertThat(ba).isEqualTo(ab.swapped());
        assertThat(ab.scoreA() + ab.scoreB()).isEqualTo(ba.scoreA() + ba.scoreB());
    }

    @Test
    void identical_deterministic_strategies_without_noise_score_alike() {
        qt().withExamples(1_000).forAll(DETERMINISTIC_STRATEGIES, TURNS, SEEDS)
                .checkAssert(MatchPropertiesTest::identical_deterministic_strategies_without_noise_score_alike);
    }

    private static void identical_deterministic_strategies_without_noise_score_alike(Strategy strategy, int turns, long seed) {
        MatchResult result = new Match(strategy, strategy, MatchRules.standard(turns), seed).play();

        assertThat(result.scoreA()).isEqualTo(result.scoreB());
        assertThat(result.movesA()).isEqualTo(result.movesB());
    }

    @Test
    void scores_stay_between_turns_times_sucker_and_turns_times_temptation() {
        // turns 1 to 300, any payoffs as above, noise 0 to 1
        Gen<MatchRules> rules = TURNS.zip(PAYOFFS, doubles().between(0, 1), MatchRules::new);

        qt().withExamples(1_000).forAll(ANY_PLAYERS, rules, SEEDS)
                .checkAssert(MatchPropertiesTest::scores_stay_between_turns_times_sucker_and_turns_times_temptation);
    }

    private static void scores_stay_between_turns_times_sucker_and_turns_times_temptation(Players players, MatchRules rules,
                                                                                         long seed) {
        int turns = rules.turns();
        PayoffMatrix payoffs = rules.payoffs();
        MatchResult result = new Match(players.a(), players.b(), rules, seed).play();

        assertThat(result.scoreA()).isBetween(turns * payoffs.sucker(), turns * payoffs.temptation());
        assertThat(result.scoreB()).isBetween(turns * payoffs.sucker(), turns * payoffs.temptation());
        // Since 2R > T + S and R > P, no round pays the two sides more than 2R together.
        assertThat(result.scoreA() + result.scoreB()).isLessThanOrEqualTo(2 * turns * payoffs.reward());
        assertThat(result.turns()).isEqualTo(turns);
        assertThat(result.cooperationRateA()).isBetween(0.0, 1.0);
    }

    @Test
    void scores_are_the_sum_of_the_payoffs_of_the_recorded_moves() {
        qt().withExamples(1_000).forAll(ANY_PLAYERS, integers().between(1, 200), doubles().between(0, 0.5), SEEDS)
                .checkAssert(MatchPropertiesTest::scores_are_the_sum_of_the_payoffs_of_the_recorded_moves);
    }

    private static void scores_are_the_sum_of_the_payoffs_of_the_recorded_moves(Players players, int turns, double noise,
                                                                               long seed) {
        MatchRules rules = MatchRules.standard(turns).withNoise(noise);

        MatchResult result = new Match(players.a(), players.b(), rules, seed).play();

        double expectedA = 0;
        double expectedB = 0;
        for (int round = 0; round < turns; round++) {
            expectedA += PayoffMatrix.STANDARD.payoff(result.movesA().get(round), result.movesB().get(round));
            expectedB += PayoffMatrix.STANDARD.payoff(result.movesB().get(round), result.movesA().get(round));
        }
        assertThat(result.scoreA()).isEqualTo(expectedA);
        assertThat(result.scoreB()).isEqualTo(expectedB);
    }

    @Test
    void a_match_is_a_function_of_its_seed() {
        qt().withExamples(1_000).forAll(ANY_PLAYERS, doubles().between(0, 1), SEEDS)
                .checkAssert(MatchPropertiesTest::a_match_is_a_function_of_its_seed);
    }

    private static void a_match_is_a_function_of_its_seed(Players players, double noise, long seed) {
        MatchRules rules = MatchRules.standard(100).withNoise(noise);

        assertThat(new Match(players.a(), players.b(), rules, seed).play())
                .isEqualTo(new Match(players.a(), players.b(), rules, seed).play());
    }
}
