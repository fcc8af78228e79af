package org.detente.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class RandomnessTest {

    private static final MatchRules TWO_HUNDRED_TURNS = MatchRules.standard(200);

    @Test
    void the_same_seed_gives_the_same_moves() {
        MatchResult first = new Match(new RandomStrategy(), new GenerousTitForTat(), TWO_HUNDRED_TURNS.withNoise(0.1), 2024).play();
        MatchResult second = new Match(new RandomStrategy(), new GenerousTitForTat(), TWO_HUNDRED_TURNS.withNoise(0.1), 2024).play();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void replaying_a_match_gives_the_same_result() {
        Match match = new Match(new RandomStrategy(0.3), new Grudger(), TWO_HUNDRED_TURNS.withNoise(0.05), 99);

        assertThat(match.play()).isEqualTo(match.play());
    }

    @Test
    void different_seeds_give_different_moves() {
        // Two independent fair coins over 200 rounds coincide with probability 2^-200.
        MatchResult first = new Match(new RandomStrategy(), new RandomStrategy(), TWO_HUNDRED_TURNS, 1).play();
        MatchResult second = new Match(new RandomStrategy(), new RandomStrategy(), TWO_HUNDRED_TURNS, 2).play();

        assertThat(second.movesA()).isNotEqualTo(first.movesA());
        assertThat(second.movesB()).isNotEqualTo(first.movesB());
    }

    @Test
    void the_two_sides_draw_from_different_streams() {
        MatchResult result = new Match(new RandomStrategy(), new RandomStrategy(), TWO_HUNDRED_TURNS, 5).play();

        assertThat(result.movesA()).isNotEqualTo(result.movesB());
    }

    @Test
    void a_random_sides_moves_do_not_depend_on_its_opponent() {
        // Each side has its own stream, so the opponent's consumption of randomness changes nothing.
        MatchResult againstTitForTat = new Match(new RandomStrategy(), new TitForTat(), TWO_HUNDRED_TURNS, 11).play();
        MatchResult againstRandom = new Match(new RandomStrategy(), new RandomStrategy(0.9), TWO_HUNDRED_TURNS, 11).play();

        assertThat(againstRandom.movesA()).isEqualTo(againstTitForTat.movesA());
    }

    @Test
    void random_cooperates_at_its_given_rate() {
        MatchResult result = new Match(new RandomStrategy(0.3), new AlwaysCooperate(), MatchRules.standard(50_000), 3).play();

        assertThat(result.cooperationRateA()).isCloseTo(0.3, offset(0.01));
    }

    @Test
    void full_noise_flips_every_move() {
        // Every intended C becomes a D: two cooperators end up punishing each other every round.
        MatchResult result = new Match(new AlwaysCooperate(), new AlwaysCooperate(), TWO_HUNDRED_TURNS.withNoise(1), 0).play();

        assertThat(result.scoreA()).isEqualTo(200);
        assertThat(result.scoreB()).isEqualTo(200);
    }

    @Test
    void noise_misexecutes_about_its_share_of_moves() {
        MatchResult result = new Match(new AlwaysCooperate(), new AlwaysDefect(), MatchRules.standard(50_000).withNoise(0.1), 8).play();

        assertThat(result.cooperationRateA()).isCloseTo(0.9, offset(0.01));
        assertThat(result.cooperationRateB()).isCloseTo(0.1, offset(0.01));
    }

    @Test
    void noise_breaks_tit_for_tat_mirrors_into_echoes_that_pavlov_repairs() {
        // With 1% noise two tit-for-tat players fall into long runs of retaliation after each slip, while two
        // Pavlov players restore cooperation within two rounds, so Pavlov keeps a higher cooperation rate.
        MatchRules noisy = MatchRules.standard(20_000).withNoise(0.01);

        MatchResult titForTat = new Match(new TitForTat(), new TitForTat(), noisy, 17).play();
        MatchResult pavlov = new Match(new WinStayLoseShift(), new WinStayLoseShift(), noisy, 17).play();

        assertThat(pavlov.cooperationRateA()).isGreaterThan(0.9);
        assertThat(titForTat.cooperationRateA()).isLessThan(0.8);
    }
}
