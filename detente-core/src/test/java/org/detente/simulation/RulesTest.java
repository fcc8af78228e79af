package org.detente.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RulesTest {

    @Test
    void the_standard_payoffs_are_axelrods() {
        assertThat(PayoffMatrix.STANDARD).isEqualTo(new PayoffMatrix(3, 0, 5, 1));
        assertThat(PayoffMatrix.STANDARD.payoff(Move.COOPERATE, Move.COOPERATE)).isEqualTo(3);
        assertThat(PayoffMatrix.STANDARD.payoff(Move.COOPERATE, Move.DEFECT)).isEqualTo(0);
        assertThat(PayoffMatrix.STANDARD.payoff(Move.DEFECT, Move.COOPERATE)).isEqualTo(5);
        assertThat(PayoffMatrix.STANDARD.payoff(Move.DEFECT, Move.DEFECT)).isEqualTo(1);
    }

    @Test
    void payoffs_out_of_the_dilemma_order_are_rejected_naming_the_rule() {
        // R = 3, S = 0, T = 2, P = 1: temptation below reward, so there is no dilemma.
        assertThatThrownBy(() -> new PayoffMatrix(3, 0, 2, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("payoffs must satisfy T > R > P > S (temptation > reward > punishment > sucker), got R=3.0, S=0.0, T=2.0, P=1.0");
    }

    @Test
    void payoffs_that_reward_alternating_exploitation_are_rejected() {
        // R = 3, S = 0, T = 7, P = 1: T > R > P > S holds, but 2R = 6 < T + S = 7.
        assertThatThrownBy(() -> new PayoffMatrix(3, 0, 7, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2R > T + S")
                .hasMessageContaining("got 2R = 6.0 and T + S = 7.0");
    }

    @Test
    void payoffs_must_be_finite() {
        assertThatThrownBy(() -> new PayoffMatrix(3, Double.NEGATIVE_INFINITY, 5, 1)).hasMessageContaining("finite");
        assertThatThrownBy(() -> new PayoffMatrix(Double.NaN, 0, 5, 1)).hasMessageContaining("finite");
    }

    @Test
    void noise_must_be_a_probability() {
        assertThatThrownBy(() -> MatchRules.standard(10).withNoise(1.2)).hasMessage("noise must be a probability in [0, 1], got 1.2");
        assertThatThrownBy(() -> MatchRules.standard(10).withNoise(Double.NaN)).hasMessageContaining("noise must be a probability");
    }

    @Test
    void a_match_has_at_least_one_turn() {
        assertThatThrownBy(() -> MatchRules.standard(0)).hasMessage("turns must be at least 1, got 0");
    }

    @Test
    void a_history_tells_only_the_rounds_already_played() {
        byte[] own = {0, 1, 0};
        byte[] opponent = {1, 1, 0};
        History history = new History(own, opponent);
        history.advance();
        history.advance();

        assertThat(history.rounds()).isEqualTo(2);
        assertThat(history.lastOwnMove()).isEqualTo(Move.DEFECT);
        assertThat(history.opponentMove(0)).isEqualTo(Move.DEFECT);
        assertThatThrownBy(() -> history.ownMove(2)).isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining("round 2 has not been played");
        assertThatThrownBy(() -> new History(own, opponent).lastOpponentMove()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_move_sequence_reads_and_prints_as_letters() {
        MoveSequence moves = MoveSequence.parse("CCDC");

        assertThat(moves).hasToString("CCDC");
        assertThat(moves.cooperations()).isEqualTo(3);
        assertThat(moves.defections()).isEqualTo(1);
        assertThat(moves.cooperationRate()).isEqualTo(0.75);
        assertThat(moves.toList()).containsExactly(Move.COOPERATE, Move.COOPERATE, Move.DEFECT, Move.COOPERATE);
        assertThat(MoveSequence.repeat(Move.DEFECT, 3)).isEqualTo(MoveSequence.parse("DDD"));
    }
}
