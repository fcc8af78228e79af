package org.detente.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.detente.forecast.ReferenceCaseFixtures.FLIGHTS;
import static org.detente.forecast.ReferenceCaseFixtures.flights;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.detente.model.Dyad;
import org.junit.jupiter.api.Test;

/** Forecasts from a reference class, pooled with the dyad's own pace, and their back-test. */
class ReferenceForecastTest {
    private static final ForecastRules RULES = new ForecastRules(24, 2_000, 1, 90);

    @Test
    void the_reference_class_conditions_on_the_time_already_waited_and_names_its_cases() {
        // Two cases met their goal 3 and 9 months after the trigger; the target has waited 4 months.
        ForecastCase quick = flights("fr-de", "2010-01-01", "2010-04-01", "2012-01-01");
        ForecastCase slow = flights("es-pt", "2011-01-01", "2011-10-01", "2013-01-01");
        ForecastCase target = flights("no-se", "2020-01-01", null, "2020-05-01");

        RoadmapForecast forecast = new ReferenceForecaster(List.of(quick, slow), RULES)
                .forecast(target, LocalDate.of(2020, 5, 1));

        BlendedOutlook goal = forecast.goal(FLIGHTS).orElseThrow();
        assertThat(goal.informedBy()).containsExactly(Dyad.parse("fr-de"), Dyad.parse("es-pt"));
        assertThat(goal.referenceEvents()).isEqualTo(2);
        // The quick case is behind it: of those still open after 4 months, the slow one (day 273) remains.
        // Its month is 2020-09 (day 273 after 2020-01-01 is 2020-09-30); with no goal met by the dyad itself
        // the pool gives the reference class (2 + ½) / (2 + 1) = 5/6.
        assertThat(goal.referenceWeight()).isEqualTo(2.5 / 3);
        assertThat(goal.metByMonth().get(3)).as("by the end of 2020-09").isGreaterThanOrEqualTo(2.5 / 3);
        assertThat(goal.p50()).contains(YearMonth.of(2020, 9));
        assertThat(forecast.cases()).containsExactly(Dyad.parse("fr-de"), Dyad.parse("es-pt"));
    }

    @Test
    void where_no_case_has_a_goal_of_the_kind_the_outlook_says_so() {
        ForecastCase target = flights("no-se", "2020-01-01", null, "2020-05-01");

        RoadmapForecast forecast = new ReferenceForecaster(List.of(), RULES).forecast(target, LocalDate.of(2020, 5, 1));

        BlendedOutlook goal = forecast.goal(FLIGHTS).orElseThrow();
        assertThat(goal.informedBy()).isEmpty();
        assertThat(goal.referenceWeight()).isZero();
        assertThat(goal.note()).hasValueSatisfying(n -> assertThat(n).contains("no reference case has a goal of kind direct-flights-resumed"));
    }

    @Test
    void a_case_never_informs_its_own_forecast_even_when_listed_among_the_references() {
        ForecastCase target = flights("no-se", "2020-01-01", null, "2020-05-01");
        ForecastCase sameDyadMetLater = flights("no-se", "2020-01-01", "2020-06-01", "2021-01-01");

        RoadmapForecast forecast = new ReferenceForecaster(List.of(sameDyadMetLater), RULES)
                .forecast(target, LocalDate.of(2020, 5, 1));

        assertThat(forecast.cases()).isEmpty();
        assertThat(forecast.goal(FLIGHTS).orElseThrow().informedBy()).isEmpty();
    }

    @Test
    void the_backtest_never_sees_the_held_out_case_outcome() {
        // Held out: no-se, asked a week after its trigger. Planting a different outcome for it (flights
        // back after 2 months rather than 20) must not change what it is told at that moment.
        ForecastCase a = flights("fr-de", "2010-01-01", "2010-04-01", "2013-01-01");
        ForecastCase b = flights("es-pt", "2011-01-01", "2011-10-01", "2014-01-01");
        ForecastCase early = flights("no-se", "2020-01-01", "2020-03-01", "2023-01-01");
        ForecastCase late = flights("no-se", "2020-01-01", "2021-09-01", "2023-01-01");

        BacktestResult withEarly = new LeaveOneOutBacktest(List.of(a, b, early), RULES).run();
        BacktestResult withLate = new LeaveOneOutBacktest(List.of(a, b, late), RULES).run();

        BacktestPoint earlyPoint = pointAt(withEarly, "no-se", LocalDate.of(2020, 1, 8));
        BacktestPoint latePoint = pointAt(withLate, "no-se", LocalDate.of(2020, 1, 8));
        assertThat(earlyPoint.forecast()).isEqualTo(latePoint.forecast());
        assertThat(earlyPoint.actual()).contains(YearMonth.of(2020, 3));
        assertThat(latePoint.actual()).contains(YearMonth.of(2021, 9));
        // The planted outcome does change the forecasts of the other cases, where no-se is a reference.
        assertThat(pointAt(withEarly, "fr-de", LocalDate.of(2010, 1, 8)).forecast())
                .isNotEqualTo(pointAt(withLate, "fr-de", LocalDate.of(2010, 1, 8)).forecast());
    }

    @Test
    void the_backtest_reads_the_held_out_case_as_known_at_each_moment() {
        // The flights resumed on 2020-03-01 but were recorded only on 2020-12-01: asked on 2020-07-01
        // (six months after the trigger) the goal is still open and forecast; the outcome is March.
        ForecastCase a = flights("fr-de", "2010-01-01", "2010-04-01", "2013-01-01");
        ForecastCase lateRecord = flights("no-se", "2020-01-01", "2020-03-01", Instant.parse("2020-12-01T00:00:00Z"),
                "2023-01-01");

        BacktestResult result = new LeaveOneOutBacktest(List.of(a, lateRecord), RULES).run();

        BacktestPoint sixMonths = pointAt(result, "no-se", LocalDate.of(2020, 7, 1));
        assertThat(sixMonths.goal()).isEqualTo(FLIGHTS);
        assertThat(sixMonths.actual()).as("met before the moment, known only later").contains(YearMonth.of(2020, 8));
        assertThat(result.points()).noneMatch(p -> p.dyad().equals(Dyad.parse("no-se"))
                && p.moment().isAfter(LocalDate.of(2020, 12, 1)));
    }

    @Test
    void scores_count_the_interval_the_median_error_and_the_brier_score() {
        ForecastCase a = flights("fr-de", "2010-01-01", "2010-04-01", "2013-01-01");
        ForecastCase b = flights("es-pt", "2011-01-01", "2011-04-01", "2014-01-01");

        BacktestResult result = new LeaveOneOutBacktest(List.of(a, b), RULES).run();

        assertThat(result.cases()).containsExactly(Dyad.parse("fr-de"), Dyad.parse("es-pt"));
        BacktestScore score = result.overall();
        assertThat(score.points()).isEqualTo(2);
        assertThat(score.brier6Points()).isEqualTo(2);
        // Each is told by the other (one goal met, at month 3) with weight (1 + ½) / (1 + 0 + 1) = ¾, its own
        // pace (no goal met) adding next to nothing: p ≈ ¾ for "within 6 months", which came true: (1 − ¾)² = 1/16.
        assertThat(score.brier6()).hasValueSatisfying(brier -> assertThat(brier).isCloseTo(0.0625,
                org.assertj.core.api.Assertions.within(0.01)));
        assertThat(score.medianP50Error()).hasValueSatisfying(error -> assertThat(error).isLessThanOrEqualTo(1.0));
    }

    private static BacktestPoint pointAt(BacktestResult result, String dyad, LocalDate moment) {
        return result.points().stream().filter(p -> p.dyad().equals(Dyad.parse(dyad)) && p.moment().equals(moment))
                .findFirst().orElseThrow(() -> new AssertionError("no point of " + dyad + " at " + moment + " in " + result.points()));
    }

}
