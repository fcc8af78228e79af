package org.detente.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code detente simulate match | tournament | forecast} on the command line, and its usage errors. */
class SimulateCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(CliRun run) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    @Test
    void tit_for_tat_against_always_defect_over_200_turns_scores_199_to_204() {
        CliRun run = CliRun.of("simulate", "match", "--a", "tit-for-tat", "--b", "always-defect", "--turns", "200");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Score a/b: 199/204");
    }

    @Test
    void a_match_in_json_has_the_scores_and_the_moves_of_both_sides() throws Exception {
        JsonNode match = json(CliRun.of("simulate", "match", "--a", "tit-for-tat", "--b", "always-defect", "--turns", "5",
                "--json"));

        assertThat(match.at("/scores/a").asInt()).isEqualTo(4);
        assertThat(match.at("/scores/b").asInt()).isEqualTo(9);
        assertThat(match.at("/moves/a").asText()).isEqualTo("CDDDD");
        assertThat(match.at("/moves/b").asText()).isEqualTo("DDDDD");
    }

    @Test
    void the_same_seed_gives_the_same_noisy_match_and_another_seed_another() {
        String[] args = {"simulate", "match", "--a", "random(0.5)", "--b", "tit-for-tat", "--turns", "300", "--noise", "0.1",
                "--json", "--seed", "9"};
        CliRun first = CliRun.of(args);
        CliRun again = CliRun.of(args);
        args[args.length - 1] = "10";
        CliRun other = CliRun.of(args);

        assertThat(again.out()).isEqualTo(first.out());
        assertThat(other.out()).isNotEqualTo(first.out());
    }

    @Test
    void a_tournament_in_json_ranks_always_defect_first_among_tit_for_tat_always_defect_and_always_cooperate() throws Exception {
        JsonNode tournament = json(CliRun.of("simulate", "tournament", "--players",
                "tit-for-tat,always-defect,always-cooperate", "--turns", "200", "--json"));

        JsonNode players = tournament.get("players");
        assertThat(players).hasSize(3);
        assertThat(players.get(0).get("name").asText()).isEqualTo("always-defect");
        assertThat(players.get(0).get("rank").asInt()).isEqualTo(1);
        // Always-defect: 204 against TFT, 1000 against always-cooperate.
        assertThat(players.get(0).get("score").asDouble()).isEqualTo(1204);
    }

    @Test
    void tournament_players_may_carry_parameters_with_commas() {
        CliRun run = CliRun.of("simulate", "tournament", "--players", "memory-one(1, 1, 0, 1, 0),grit(5)", "--turns", "10");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("grit(5)").contains("memory-one(1, 1, 0, 1, 0)");
    }

    @Test
    void an_unknown_strategy_exits_2_with_one_line_listing_the_known_names() {
        CliRun run = CliRun.of("simulate", "match", "--a", "tit-for-tatt", "--b", "always-defect");

        assertThat(run.exitCode()).isEqualTo(DetenteCli.EXIT_USAGE);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("tit-for-tatt").contains("known strategies").contains("always-cooperate").contains("grit");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void noise_outside_zero_to_one_exits_2() {
        CliRun run = CliRun.of("simulate", "match", "--a", "tit-for-tat", "--b", "always-defect", "--noise", "1.5");

        assertThat(run.exitCode()).isEqualTo(DetenteCli.EXIT_USAGE);
        assertThat(run.err()).contains("--noise must be a probability in [0, 1], got 1.5");
    }

    @Test
    void fewer_than_one_turn_exits_2() {
        CliRun match = CliRun.of("simulate", "match", "--a", "tit-for-tat", "--b", "always-defect", "--turns", "0");
        CliRun tournament = CliRun.of("simulate", "tournament", "--players", "tit-for-tat,grit", "--turns", "-3");

        assertThat(match.exitCode()).isEqualTo(DetenteCli.EXIT_USAGE);
        assertThat(match.err()).contains("--turns must be at least 1, got 0");
        assertThat(tournament.exitCode()).isEqualTo(DetenteCli.EXIT_USAGE);
        assertThat(tournament.err()).contains("--turns must be at least 1, got -3");
    }

    @Test
    void a_tournament_of_one_player_or_an_unknown_one_exits_2() {
        assertThat(CliRun.of("simulate", "tournament", "--players", "grit").exitCode()).isEqualTo(DetenteCli.EXIT_USAGE);
        CliRun unknown = CliRun.of("simulate", "tournament", "--players", "grit,nice-guy");
        assertThat(unknown.exitCode()).isEqualTo(DetenteCli.EXIT_USAGE);
        assertThat(unknown.err()).contains("nice-guy").contains("known strategies");
    }

    @Test
    void a_forecast_in_json_gives_each_goal_its_percentiles_and_each_month_its_escalation() throws Exception {
        JsonNode forecast = json(CliRun.of("simulate", "forecast", "--dyad", "us-ru", "--months", "12", "--runs", "500",
                "--strategy-us", "grit", "--seed", "3", "--json"));

        assertThat(forecast.get("start").asText()).isEqualTo("2025-07");
        assertThat(forecast.get("escalation")).hasSize(12);
        assertThat(forecast.get("goals").size()).isGreaterThan(5);
        assertThat(forecast.at("/calibration/sides/0/plays").asText()).isEqualTo("grit");
        assertThat(forecast.at("/calibration/sides/1/plays").asText()).isEqualTo("observed");
        for (JsonNode goal : forecast.get("goals")) {
            assertThat(goal.get("neverShare").asDouble()).isBetween(0.0, 1.0);
            assertThat(goal.has("p50")).isTrue();
        }
    }

    @Test
    void the_same_forecast_twice_prints_the_same_text_and_stays_quiet_off_a_terminal() {
        String[] args = {"simulate", "forecast", "--months", "12", "--runs", "300", "--seed", "5"};
        CliRun first = CliRun.of(args);
        CliRun again = CliRun.of(args);

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(again.out()).isEqualTo(first.out());
        assertThat(first.err()).isEmpty();
        assertThat(first.out()).contains("not a prediction").contains("P50");
    }

    @Test
    void a_forecast_with_bad_arguments_exits_2() {
        assertThat(CliRun.of("simulate", "forecast", "--runs", "0").exitCode()).isEqualTo(DetenteCli.EXIT_USAGE);
        assertThat(CliRun.of("simulate", "forecast", "--months", "0").exitCode()).isEqualTo(DetenteCli.EXIT_USAGE);
        CliRun strategy = CliRun.of("simulate", "forecast", "--strategy-ru", "appeasement");
        assertThat(strategy.exitCode()).isEqualTo(DetenteCli.EXIT_USAGE);
        assertThat(strategy.err()).contains("--strategy-ru").contains("known strategies");
    }

    @Test
    void a_long_tournament_off_a_terminal_prints_no_progress() {
        CliRun run = CliRun.of("simulate", "tournament", "--players",
                "tit-for-tat,always-defect,always-cooperate,grudger,random(0.5)", "--repetitions", "20", "--turns", "50");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("RANK");
    }
}
