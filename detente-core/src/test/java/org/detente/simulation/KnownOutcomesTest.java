package org.detente.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Matches whose outcome is known from the standard iterated prisoner's dilemma, 200 turns, payoffs
 * R, S, T, P = 3, 0, 5, 1, no noise. Each expectation is worked out by hand in a comment.
 */
class KnownOutcomesTest {

    private static final MatchRules TWO_HUNDRED_TURNS = MatchRules.standard(200);

    private static MatchResult play(Strategy a, Strategy b) {
        return new Match(a, b, TWO_HUNDRED_TURNS, 42).play();
    }

    @Test
    void tit_for_tat_loses_narrowly_to_always_defect_over_200_turns() {
        // TFT cooperates once (S = 0 against T = 5), then both defect for 199 rounds (P = 1 each):
        // TFT 0 + 199 = 199, always-defect 5 + 199 = 204.
        MatchResult result = play(new TitForTat(), new AlwaysDefect());

        assertThat(result.scoreA()).isEqualTo(199);
        assertThat(result.scoreB()).isEqualTo(204);
        assertThat(result.movesA().toString()).isEqualTo("C" + "D".repeat(199));
    }

    @Test
    void two_tit_for_tat_players_cooperate_throughout_and_score_600_each() {
        // Both open with C and copy a C: 200 rounds of R = 3.
        MatchResult result = play(new TitForTat(), new TitForTat());

        assertThat(result.scoreA()).isEqualTo(600);
        assertThat(result.scoreB()).isEqualTo(600);
        assertThat(result.cooperationRateA()).isEqualTo(1.0);
        assertThat(result.cooperationRateB()).isEqualTo(1.0);
    }

    @Test
    void tit_for_tat_and_always_cooperate_score_600_each() {
        // TFT never sees a defection, so it never defects: 200 x R.
        MatchResult result = play(new TitForTat(), new AlwaysCooperate());

        assertThat(result.scoreA()).isEqualTo(600);
        assertThat(result.scoreB()).isEqualTo(600);
    }

    @Test
    void always_defect_takes_1000_from_always_cooperate() {
        // 200 rounds of T = 5 against S = 0.
        MatchResult result = play(new AlwaysDefect(), new AlwaysCooperate());

        assertThat(result.scoreA()).isEqualTo(1000);
        assertThat(result.scoreB()).isEqualTo(0);
        assertThat(result.cooperationRateA()).isEqualTo(0.0);
        assertThat(result.cooperationRateB()).isEqualTo(1.0);
    }

    @Test
    void two_defectors_are_punished_every_round() {
        // 200 x P = 1 each.
        MatchResult result = play(new AlwaysDefect(), new AlwaysDefect());

        assertThat(result.scoreA()).isEqualTo(200);
        assertThat(result.scoreB()).isEqualTo(200);
    }

    @Test
    void grudger_loses_to_always_defect_exactly_as_tit_for_tat_does() {
        // Grudger cooperates once, is defected against, and defects for the remaining 199 rounds:
        // 0 + 199 = 199 against 5 + 199 = 204.
        MatchResult result = play(new Grudger(), new AlwaysDefect());

        assertThat(result.scoreA()).isEqualTo(199);
        assertThat(result.scoreB()).isEqualTo(204);
    }

    @Test
    void grudger_never_forgives_a_single_defection() {
        // The alternator (memory-one: C first, then the opposite of its own last move) plays C, D, C, D...
        // Grudger plays C in rounds 1 and 2, sees the D of round 2, and defects from round 3 on.
        Strategy alternator = new MemoryOne(1, 0, 0, 1, 1);

        MatchResult result = play(new Grudger(), alternator);

        assertThat(result.movesA().toString()).isEqualTo("CC" + "D".repeat(198));
    }

    @Test
    void win_stay_lose_shift_alternates_against_always_defect() {
        // Pavlov: C is met with D (S, a loss) so it shifts to D; D meets D (P, a loss) so it shifts to C; and so on.
        // 100 rounds of C (S = 0) and 100 of D (P = 1): Pavlov 100; always-defect 100 x 5 + 100 x 1 = 600.
        MatchResult result = play(new WinStayLoseShift(), new AlwaysDefect());

        assertThat(result.movesA().toString()).isEqualTo("CD".repeat(100));
        assertThat(result.scoreA()).isEqualTo(100);
        assertThat(result.scoreB()).isEqualTo(600);
    }

    @Test
    void win_stay_lose_shift_exploits_always_cooperate_never() {
        // Mutual C is a win, so Pavlov stays with C: 200 x R each.
        MatchResult result = play(new WinStayLoseShift(), new AlwaysCooperate());

        assertThat(result.scoreA()).isEqualTo(600);
        assertThat(result.scoreB()).isEqualTo(600);
    }

    @Test
    void tit_for_two_tats_loses_198_to_208_against_always_defect() {
        // TF2T cooperates in rounds 1 and 2 (two S = 0), then, having seen two defections in a row,
        // defects for the remaining 198 rounds (P = 1): 198 against 2 x 5 + 198 = 208.
        MatchResult result = play(new TitForTwoTats(), new AlwaysDefect());

        assertThat(result.movesA().toString()).isEqualTo("CC" + "D".repeat(198));
        assertThat(result.scoreA()).isEqualTo(198);
        assertThat(result.scoreB()).isEqualTo(208);
    }

    @Test
    void tit_for_two_tats_is_exploited_by_an_alternator() {
        // The alternator plays C, D, C, D...; it never defects twice in a row, so TF2T always cooperates.
        // 100 rounds of mutual C (3 each) and 100 of C against D (0 and 5): TF2T 300, alternator 300 + 500 = 800.
        Strategy alternator = new MemoryOne(1, 0, 0, 1, 1);

        MatchResult result = play(new TitForTwoTats(), alternator);

        assertThat(result.scoreA()).isEqualTo(300);
        assertThat(result.scoreB()).isEqualTo(800);
    }

    @Test
    void tit_for_tat_echoes_an_alternator_one_round_late() {
        // Alternator: C, D, C, D, ...; TFT: C, then the alternator's previous move: C, C, D, C, D, ...
        // Round 1: C/C, 3 each. Even rounds 2..200 (100): TFT C against D, 0 and 5.
        // Odd rounds 3..199 (99): TFT D against C, 5 and 0. TFT 3 + 495 = 498; alternator 3 + 500 = 503.
        Strategy alternator = new MemoryOne(1, 0, 0, 1, 1);

        MatchResult result = play(new TitForTat(), alternator);

        assertThat(result.scoreA()).isEqualTo(498);
        assertThat(result.scoreB()).isEqualTo(503);
    }

    @Test
    void grit_makes_three_unreciprocated_conciliatory_steps_then_reciprocates_against_always_defect() {
        // GRIT(3): C in rounds 1-3 (each answered with D, S = 0), then the budget is spent and it
        // defects for the remaining 197 rounds (P = 1): GRIT 197, always-defect 3 x 5 + 197 = 212.
        MatchResult result = play(new Grit(), new AlwaysDefect());

        assertThat(result.movesA().toString()).isEqualTo("CCC" + "D".repeat(197));
        assertThat(result.scoreA()).isEqualTo(197);
        assertThat(result.scoreB()).isEqualTo(212);
    }

    @Test
    void grit_with_a_budget_of_one_step_plays_like_tit_for_tat_against_always_defect() {
        // One unanswered step, then D for good: 199 against 204, as tit-for-tat.
        MatchResult result = play(new Grit(1), new AlwaysDefect());

        assertThat(result.scoreA()).isEqualTo(199);
        assertThat(result.scoreB()).isEqualTo(204);
    }

    @Test
    void grit_starts_a_new_series_of_steps_once_the_other_side_cooperates_again() {
        // Other side (memory-one(0, 1, 1, 1, 1)): D in round 1, then C for ever.
        // GRIT(2): round 1 C (answered with D: one unreciprocated step); round 2 C (answered with C: count back to 0);
        // from then on mutual cooperation. GRIT never retaliates because it never spent its budget of 2.
        Strategy defectsOnceThenCooperates = new MemoryOne(0, 1, 1, 1, 1);

        MatchResult result = play(new Grit(2), defectsOnceThenCooperates);

        assertThat(result.movesA().toString()).isEqualTo("C".repeat(200));
    }

    @Test
    void grit_retaliates_until_the_other_side_cooperates_then_resumes_conciliation() {
        // Suspicious tit-for-tat opens with D, then copies GRIT's previous move.
        // GRIT(1): r1 C against D, so its budget of one step is spent; r2 it defects (the other copies C);
        // r3 the other cooperated, so GRIT resumes with C (the other copies D); r4 that C went unanswered: D; ...
        // Each cooperation of the other side restarts conciliation, each unanswered step ends it: an echo.
        Strategy suspiciousTitForTat = MemoryOne.reactive(0, 1, 0);

        MatchResult result = play(new Grit(1), suspiciousTitForTat);

        assertThat(result.movesA().toString()).isEqualTo("CD".repeat(100));
        assertThat(result.movesB().toString()).isEqualTo("DC".repeat(100));
    }

    @Test
    void grit_and_tit_for_tat_cooperate_throughout() {
        MatchResult result = play(new Grit(), new TitForTat());

        assertThat(result.scoreA()).isEqualTo(600);
        assertThat(result.scoreB()).isEqualTo(600);
    }

    @Test
    void generous_tit_for_tat_with_no_forgiveness_is_tit_for_tat() {
        MatchResult result = play(new GenerousTitForTat(0), new AlwaysDefect());

        assertThat(result.scoreA()).isEqualTo(199);
        assertThat(result.scoreB()).isEqualTo(204);
    }

    @Test
    void generous_tit_for_tat_forgives_about_a_third_of_defections_by_default() {
        // After round 1 every round follows a defection; each is forgiven with probability 1/3.
        MatchResult result = new Match(new GenerousTitForTat(), new AlwaysDefect(), MatchRules.standard(30_000), 7).play();

        assertThat(result.cooperationRateA()).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(0.015));
    }

    @Test
    void random_with_probability_one_or_zero_is_always_cooperate_or_always_defect() {
        MatchResult result = play(new RandomStrategy(1), new RandomStrategy(0));

        assertThat(result.scoreA()).isEqualTo(0);
        assertThat(result.scoreB()).isEqualTo(1000);
    }

    @Test
    void memory_one_with_tit_for_tat_probabilities_plays_exactly_like_tit_for_tat() {
        Strategy tftAsMemoryOne = new MemoryOne(1, 1, 0, 1, 0);
        Strategy pavlovAsMemoryOne = new MemoryOne(1, 1, 0, 0, 1);

        assertThat(play(tftAsMemoryOne, new AlwaysDefect()).movesA()).isEqualTo(play(new TitForTat(), new AlwaysDefect()).movesA());
        assertThat(play(pavlovAsMemoryOne, new AlwaysDefect()).movesA())
                .isEqualTo(play(new WinStayLoseShift(), new AlwaysDefect()).movesA());
    }

    @Test
    void other_payoffs_change_the_scores_by_the_same_rules() {
        // R, S, T, P = 4, -1, 6, 0 (T > R > P > S, 2R = 8 > T + S = 5): TFT vs always-defect over 10 turns:
        // TFT -1 + 9 x 0 = -1; always-defect 6 + 0 = 6.
        MatchRules rules = new MatchRules(10, new PayoffMatrix(4, -1, 6, 0), 0);

        MatchResult result = new Match(new TitForTat(), new AlwaysDefect(), rules, 1).play();

        assertThat(result.scoreA()).isEqualTo(-1);
        assertThat(result.scoreB()).isEqualTo(6);
    }
}
