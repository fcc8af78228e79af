package org.detente.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TournamentTest {

    private static final MatchRules TWO_HUNDRED_TURNS = MatchRules.standard(200);

    @Test
    void a_round_robin_adds_up_each_entrants_matches_and_ranks_them() {
        // TFT: 199 vs always-defect + 600 vs always-cooperate = 799.
        // Always-defect: 204 vs TFT + 1000 vs always-cooperate = 1204.
        // Always-cooperate: 600 vs TFT + 0 vs always-defect = 600.
        Tournament tournament = new Tournament(List.of(new TitForTat(), new AlwaysDefect(), new AlwaysCooperate()), TWO_HUNDRED_TURNS, 1, 0);

        TournamentResult result = tournament.play();

        assertThat(result.standings())
                .extracting(TournamentResult.Standing::rank, TournamentResult.Standing::name, TournamentResult.Standing::score)
                .containsExactly(
                        tuple(1, "always-defect", 1204.0),
                        tuple(2, "tit-for-tat", 799.0),
                        tuple(3, "always-cooperate", 600.0));
    }

    @Test
    void there_is_no_self_play() {
        // Were TFT to meet itself it would add 600; it meets only always-defect: 199.
        TournamentResult result = new Tournament(List.of(new TitForTat(), new AlwaysDefect()), TWO_HUNDRED_TURNS, 1, 0).play();

        assertThat(result.standingOf("tit-for-tat").score()).isEqualTo(199);
        assertThat(result.standingOf("always-defect").score()).isEqualTo(204);
    }

    @Test
    void tied_entrants_share_a_rank_and_the_next_rank_is_skipped() {
        // TFT: 600 vs grudger + 199 vs always-defect = 799; grudger likewise 799; always-defect 204 + 204 = 408.
        TournamentResult result = new Tournament(List.of(new TitForTat(), new Grudger(), new AlwaysDefect()), TWO_HUNDRED_TURNS, 1, 0).play();

        assertThat(result.standings())
                .extracting(TournamentResult.Standing::rank, TournamentResult.Standing::name, TournamentResult.Standing::score)
                .containsExactly(
                        tuple(1, "grudger", 799.0),
                        tuple(1, "tit-for-tat", 799.0),
                        tuple(3, "always-defect", 408.0));
    }

    @Test
    void scores_are_averaged_over_repetitions() {
        // Deterministic entrants score the same in every repetition, so the average is one repetition's total.
        TournamentResult result = new Tournament(List.of(new TitForTat(), new AlwaysDefect()), TWO_HUNDRED_TURNS, 5, 0).play();

        assertThat(result.standingOf("tit-for-tat").score()).isEqualTo(199);
        assertThat(result.repetitions()).isEqualTo(5);
    }

    @Test
    void a_random_entrant_scores_about_its_expected_average_over_many_repetitions() {
        // random(0.5) vs always-cooperate earns 0.5 x 3 + 0.5 x 5 = 4 per round on average: 800 over 200 turns.
        TournamentResult result = new Tournament(List.of(new RandomStrategy(), new AlwaysCooperate()), TWO_HUNDRED_TURNS, 200, 1).play();

        assertThat(result.standingOf("random").score()).isCloseTo(800, org.assertj.core.data.Offset.offset(5.0));
    }

    @Test
    void parallel_play_gives_the_same_result_as_sequential_play() {
        Tournament tournament = new Tournament(Strategies.defaults(), TWO_HUNDRED_TURNS.withNoise(0.05), 20, 123);

        assertThat(tournament.playInParallel()).isEqualTo(tournament.play());
    }

    @Test
    void the_same_seed_gives_the_same_ranking_and_another_seed_other_scores() {
        List<Strategy> entrants = Strategies.defaults();
        MatchRules noisy = TWO_HUNDRED_TURNS.withNoise(0.05);

        TournamentResult first = new Tournament(entrants, noisy, 3, 7).play();

        assertThat(new Tournament(entrants, noisy, 3, 7).play()).isEqualTo(first);
        assertThat(new Tournament(entrants, noisy, 3, 8).play().standings()).isNotEqualTo(first.standings());
    }

    @Test
    void in_the_classic_noiseless_field_nice_retaliating_strategies_beat_always_defect() {
        TournamentResult result = new Tournament(Strategies.defaults(), TWO_HUNDRED_TURNS, 10, 2024).play();

        assertThat(result.standingOf("tit-for-tat").rank()).isLessThan(result.standingOf("always-defect").rank());
        assertThat(result.standingOf("grudger").rank()).isLessThan(result.standingOf("always-defect").rank());
        assertThat(result.standings()).hasSize(9);
    }

    @Test
    void entrants_must_be_at_least_two_with_distinct_names() {
        assertThatThrownBy(() -> new Tournament(List.of(new TitForTat()), TWO_HUNDRED_TURNS, 1, 0))
                .hasMessage("a tournament needs at least 2 entrants, got 1");
        assertThatThrownBy(() -> new Tournament(List.of(new TitForTat(), new TitForTat()), TWO_HUNDRED_TURNS, 1, 0))
                .hasMessage("entrant names must be distinct, but 'tit-for-tat' appears more than once");
        assertThatThrownBy(() -> new Tournament(List.of(new TitForTat(), new Grudger()), TWO_HUNDRED_TURNS, 0, 0))
                .hasMessage("repetitions must be at least 1, got 0");
    }

    @Test
    void asking_for_an_absent_entrant_names_it() {
        TournamentResult result = new Tournament(List.of(new TitForTat(), new Grudger()), TWO_HUNDRED_TURNS, 1, 0).play();

        assertThatThrownBy(() -> result.standingOf("grit")).hasMessage("no entrant named 'grit' in this tournament");
    }

    @Test
    void the_progress_hook_is_told_once_per_match_in_order_or_in_parallel() {
        // Four entrants, six pairs, three repetitions: 18 matches.
        Tournament tournament = new Tournament(List.of(new TitForTat(), new AlwaysDefect(), new AlwaysCooperate(),
                new Grudger()), MatchRules.standard(20), 3, 7);
        for (boolean parallel : List.of(false, true)) {
            AtomicInteger calls = new AtomicInteger();
            Set<Integer> counts = ConcurrentHashMap.newKeySet();
            Set<Integer> totals = ConcurrentHashMap.newKeySet();
            TournamentProgress hook = (done, total) -> {
                calls.incrementAndGet();
                counts.add(done);
                totals.add(total);
            };

            TournamentResult result = parallel ? tournament.playInParallel(hook) : tournament.play(hook);

            assertThat(calls.get()).as("parallel " + parallel).isEqualTo(18);
            assertThat(counts).as("parallel " + parallel).hasSize(18).allMatch(done -> done >= 1 && done <= 18);
            assertThat(totals).containsExactly(18);
            assertThat(result).isEqualTo(tournament.play());
        }
    }
}
