package org.detente.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.detente.ledger.EntryId;
import org.detente.model.HistoricalDate;
import org.detente.state.TalksRound;
import org.junit.jupiter.api.Test;

class PoissonPaceAnalysisTest {

    private static TalksRound round(String id, String date) {
        return new TalksRound(EntryId.of(id), HistoricalDate.parse(date), "Istanbul", List.of(), List.of(), "",
                List.of());
    }

    private static final List<TalksRound> ISTANBUL = List.of(round("talks-2", "2025-04-10"),
            round("talks-1", "2025-02-27"));

    @Test
    void rounds_are_listed_with_the_days_since_each_and_since_the_previous() {
        PaceReport report = new PoissonPaceAnalysis(ISTANBUL, List.of()).asOf(LocalDate.of(2025, 5, 10));

        assertThat(report.talksBegan()).contains(LocalDate.of(2025, 2, 27));
        assertThat(report.rounds()).extracting(RoundSince::daysSince).containsExactly(72L, 30L);
        assertThat(report.rounds().get(0).daysSincePreviousRound()).isEmpty();
        assertThat(report.rounds().get(1).daysSincePreviousRound()).hasValue(42L);
    }

    @Test
    void with_fewer_goals_met_than_the_minimum_the_analysis_declines_to_forecast() {
        List<GoalMilestone> goals = List.of(GoalMilestone.metOn("local-staff", LocalDate.of(2025, 4, 1)),
                GoalMilestone.open("visas-restored"));

        PaceReport report = new PoissonPaceAnalysis(ISTANBUL, goals).asOf(LocalDate.of(2025, 5, 10));

        assertThat(report.goalsMetSinceTalksBegan()).isEqualTo(1);
        assertThat(report.forecasts()).singleElement().isInstanceOfSatisfying(GoalForecast.CannotForecast.class,
                f -> assertThat(f.reason()).contains("1 goal(s) met since talks began on 2025-02-27; at least 2"));
    }

    @Test
    void rounds_before_the_start_of_the_talks_measured_are_left_out_so_they_do_not_set_when_talks_began() {
        List<TalksRound> talks = List.of(round("summit-2021", "2021-06-16"), round("talks-1", "2025-02-27"),
                round("talks-2", "2025-04-10"));

        List<TalksRound> measured = PoissonPaceAnalysis.roundsFrom(talks, LocalDate.of(2025, 2, 27));
        PaceReport report = new PoissonPaceAnalysis(measured, List.of()).asOf(LocalDate.of(2025, 5, 10));

        assertThat(measured).extracting(r -> r.entry().value()).containsExactly("talks-1", "talks-2");
        assertThat(report.talksBegan()).contains(LocalDate.of(2025, 2, 27));
        assertThat(new PoissonPaceAnalysis(talks, List.of()).asOf(LocalDate.of(2025, 5, 10)).talksBegan())
                .contains(LocalDate.of(2021, 6, 16));
    }

    @Test
    void without_talks_there_is_no_pace() {
        PaceReport report = new PoissonPaceAnalysis(List.of(), List.of(GoalMilestone.open("visas-restored")))
                .asOf(LocalDate.of(2025, 5, 10));

        assertThat(report.talksBegan()).isEmpty();
        assertThat(report.goalsPerMonth()).isEmpty();
        assertThat(report.forecasts().get(0)).isInstanceOf(GoalForecast.CannotForecast.class);
    }

    @Test
    void open_goals_are_forecast_in_order_at_the_observed_rate_with_a_widening_interval() {
        // 4 goals met in 240 days since talks began: one every 60 days.
        LocalDate began = LocalDate.of(2025, 2, 27);
        LocalDate asOf = began.plusDays(240);
        List<GoalMilestone> goals = List.of(
                GoalMilestone.metOn("a", began.plusDays(30)), GoalMilestone.metOn("b", began.plusDays(90)),
                GoalMilestone.metOn("c", began.plusDays(150)), GoalMilestone.metOn("d", began.plusDays(200)),
                GoalMilestone.metOn("before", began.minusDays(10)),
                GoalMilestone.open("next"), GoalMilestone.open("after-next"));

        PaceReport report = new PoissonPaceAnalysis(List.of(round("talks-1", began.toString())), goals)
                .asOf(asOf);

        assertThat(report.goalsMetSinceTalksBegan()).isEqualTo(4);
        assertThat(report.goalsMetBeforeTalks()).isEqualTo(1);
        assertThat(report.goalsPerMonth().getAsDouble()).isCloseTo(4 / (240 / (365.2425 / 12)), within(1e-9));
        GoalForecast.Expected next = (GoalForecast.Expected) report.forecasts().get(0);
        GoalForecast.Expected afterNext = (GoalForecast.Expected) report.forecasts().get(1);
        assertThat(next.rank()).isEqualTo(1);
        assertThat(next.expected()).isEqualTo(asOf.plusDays(60));
        assertThat(afterNext.expected()).isEqualTo(asOf.plusDays(120));
        assertThat(next.low()).isAfter(asOf.minusDays(1)).isBefore(next.expected());
        assertThat(next.high()).isAfter(next.expected());
        assertThat(afterNext.high()).isAfter(next.high());
        assertThat(next.level()).isEqualTo(0.8);
    }

    @Test
    void the_interval_matches_the_f_quantiles_of_the_predictive_distribution() {
        // n = 4, t = 240 days, k = 1: T = 240 × (1 / 4.5) × F(2, 9). F(2, 9) quantiles: 0.1 → 0.10843, 0.9 → 3.0065.
        LocalDate began = LocalDate.of(2025, 1, 1);
        LocalDate asOf = began.plusDays(240);
        List<GoalMilestone> goals = List.of(GoalMilestone.metOn("a", began), GoalMilestone.metOn("b", began),
                GoalMilestone.metOn("c", began), GoalMilestone.metOn("d", began), GoalMilestone.open("e"));

        GoalForecast.Expected f = (GoalForecast.Expected) new PoissonPaceAnalysis(
                List.of(round("t", began.toString())), goals).asOf(asOf).forecasts().get(0);

        assertThat(f.low()).isEqualTo(asOf.plusDays(6));     // 53.33 × 0.10843 = 5.8
        assertThat(f.high()).isEqualTo(asOf.plusDays(160));  // 53.33 × 3.0065 = 160.3
    }

    @Test
    void a_goal_met_after_the_date_asked_for_is_refused() {
        List<GoalMilestone> goals = List.of(GoalMilestone.metOn("late", LocalDate.of(2026, 1, 1)));

        assertThatThrownBy(() -> new PoissonPaceAnalysis(ISTANBUL, goals).asOf(LocalDate.of(2025, 5, 1)))
                .hasMessageContaining("goal late is met on 2026-01-01, after the date asked for 2025-05-01");
    }
}
