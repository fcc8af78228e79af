package org.detente.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrategiesTest {

    @Test
    void the_registry_knows_the_cli_names_in_order() {
        assertThat(Strategies.names()).containsExactly(
                "tit-for-tat", "generous-tit-for-tat", "tit-for-two-tats", "grudger", "always-cooperate",
                "always-defect", "random", "win-stay-lose-shift", "grit", "memory-one");
    }

    @Test
    void each_name_gives_its_strategy_with_default_parameters() {
        assertThat(Strategies.parse("tit-for-tat")).isEqualTo(new TitForTat());
        assertThat(Strategies.parse("generous-tit-for-tat")).isEqualTo(new GenerousTitForTat(1.0 / 3));
        assertThat(Strategies.parse("tit-for-two-tats")).isEqualTo(new TitForTwoTats());
        assertThat(Strategies.parse("grudger")).isEqualTo(new Grudger());
        assertThat(Strategies.parse("always-cooperate")).isEqualTo(new AlwaysCooperate());
        assertThat(Strategies.parse("always-defect")).isEqualTo(new AlwaysDefect());
        assertThat(Strategies.parse("random")).isEqualTo(new RandomStrategy(0.5));
        assertThat(Strategies.parse("win-stay-lose-shift")).isEqualTo(new WinStayLoseShift());
        assertThat(Strategies.parse("grit")).isEqualTo(new Grit(3));
    }

    @Test
    void parameters_in_parentheses_override_the_defaults() {
        assertThat(Strategies.parse("random(0.3)")).isEqualTo(new RandomStrategy(0.3));
        assertThat(Strategies.parse(" generous-tit-for-tat ( 0.1 ) ")).isEqualTo(new GenerousTitForTat(0.1));
        assertThat(Strategies.parse("grit(5)")).isEqualTo(new Grit(5));
        assertThat(Strategies.parse("random()")).isEqualTo(new RandomStrategy());
        assertThat(Strategies.parse("memory-one(1, 1, 0, 0, 1)")).isEqualTo(new MemoryOne(1, 1, 0, 0, 1));
    }

    @Test
    void every_default_strategy_parses_back_from_its_name() {
        assertThat(Strategies.defaults()).hasSize(9).allSatisfy(strategy -> assertThat(Strategies.parse(strategy.name())).isEqualTo(strategy));
    }

    @Test
    void parameterised_strategies_parse_back_from_their_names() {
        List<Strategy> strategies = List.of(new RandomStrategy(0.3), new GenerousTitForTat(0.1), new Grit(7),
                new MemoryOne(0.9, 0.95, 0.25, 0.5, 0.125), MemoryOne.reactive(1, 1, 0));

        assertThat(strategies).allSatisfy(strategy -> assertThat(Strategies.parse(strategy.name())).isEqualTo(strategy));
        assertThat(new RandomStrategy(0.3).name()).isEqualTo("random(0.3)");
        assertThat(new Grit(7).name()).isEqualTo("grit(7)");
        assertThat(MemoryOne.reactive(1, 1, 0).name()).isEqualTo("memory-one(1, 1, 0, 1, 0)");
    }

    @Test
    void an_unknown_name_is_rejected_with_the_list_of_known_names() {
        assertThatThrownBy(() -> Strategies.parse("tit-for-three-tats"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown strategy 'tit-for-three-tats'")
                .hasMessageContaining("tit-for-tat, generous-tit-for-tat, tit-for-two-tats, grudger, always-cooperate, always-defect, random, "
                        + "win-stay-lose-shift, grit");
    }

    @Test
    void names_are_exact_and_lower_case() {
        assertThatThrownBy(() -> Strategies.parse("Tit-For-Tat")).hasMessageContaining("known strategies: tit-for-tat");
    }

    @Test
    void too_many_parameters_are_rejected_with_the_usage() {
        assertThatThrownBy(() -> Strategies.parse("random(0.1, 0.2)"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("strategy 'random' takes 0 to 1 parameter, got 2")
                .hasMessageContaining("usage: random([cooperation probability");
        assertThatThrownBy(() -> Strategies.parse("tit-for-tat(1)")).hasMessageContaining("takes no parameters, got 1");
        assertThatThrownBy(() -> Strategies.parse("memory-one(1, 1)")).hasMessageContaining("takes 5 parameters, got 2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"random(abc)", "random(0.5", "random(NaN)", "random(,)"})
    void malformed_parameters_are_rejected(String spec) {
        assertThatThrownBy(() -> Strategies.parse(spec)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parameters_out_of_range_are_rejected_naming_the_rule() {
        assertThatThrownBy(() -> Strategies.parse("random(1.5)")).hasMessage("cooperationProbability must be a probability in [0, 1], got 1.5");
        assertThatThrownBy(() -> Strategies.parse("generous-tit-for-tat(-0.1)")).hasMessage("forgiveness must be a probability in [0, 1], got -0.1");
        assertThatThrownBy(() -> Strategies.parse("grit(0)")).hasMessage("maxUnreciprocated must be at least 1, got 0");
        assertThatThrownBy(() -> Strategies.parse("grit(2.5)")).hasMessageContaining("must be a whole number, got 2.5");
    }

    @Test
    void a_strategy_with_memory_gives_each_match_a_fresh_player() {
        Strategy grudger = new Grudger();

        assertThat(grudger.newPlayer()).isNotSameAs(grudger.newPlayer());
    }
}
