package org.detente.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.detente.forecast.ReferenceCaseFixtures.FLIGHTS;
import static org.detente.forecast.ReferenceCaseFixtures.flights;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.detente.roadmap.GoalKind;
import org.junit.jupiter.api.Test;

class CaseComparisonTest {
    private static final LocalDate ASKED = LocalDate.parse("2020-05-01");

    @Test
    void the_dyad_asked_about_is_observed_as_of_the_date_and_the_others_never_after_it() {
        ForecastCase done = flights("fr-de", "2010-01-01", "2010-04-01", "2012-01-01");
        ForecastCase later = flights("es-pt", "2019-01-01", "2021-01-01", "2022-01-01");
        ForecastCase target = flights("no-se", "2020-01-01", null, "2020-03-01");

        List<CaseComparison.CaseRow> rows = new CaseComparison(List.of(done, later, target), "no-se", ASKED).rows();

        assertThat(rows).extracting(r -> r.source().dyad().id()).containsExactly("fr-de", "es-pt", "no-se");
        assertThat(rows).extracting(CaseComparison.CaseRow::current).containsExactly(false, false, true);
        // A finished case is seen to its last entry; one still going on at the date only up to the date.
        assertThat(rows).extracting(r -> r.history().observedUntil())
                .containsExactly(LocalDate.parse("2012-01-01"), ASKED, ASKED);
        Observation met = cell(rows.get(0)).durations().get(FLIGHTS);
        assertThat(met.event()).isTrue();
        assertThat(met.time()).isEqualTo(ChronoUnit.DAYS.between(LocalDate.parse("2010-01-01"), LocalDate.parse("2010-04-01")));
        // es-pt met the goal in 2021, after the date asked: beside no-se it is still open, censored at the date.
        Observation notYet = cell(rows.get(1)).durations().get(FLIGHTS);
        assertThat(notYet.event()).isFalse();
        assertThat(notYet.time()).isEqualTo(ChronoUnit.DAYS.between(LocalDate.parse("2019-01-01"), ASKED));
        assertThat(rows.get(0).goalsMet()).isEqualTo(1);
        assertThat(rows.get(1).goalsMet()).isZero();
    }

    @Test
    void an_empty_cell_says_why() {
        ForecastCase beforeItsTrigger = flights("fr-de", "2021-01-01", null, "2022-01-01");

        CaseComparison.CaseRow row = new CaseComparison(List.of(beforeItsTrigger), "no-se", ASKED).rows().get(0);

        for (CaseComparison.KindCell cell : row.cells()) {
            assertThat(cell.durations()).isEmpty();
            assertThat(cell.empty()).contains(cell.kind() == GoalKind.DIRECT_FLIGHTS_RESUMED
                    ? CaseComparison.Empty.NO_TRIGGER_YET : CaseComparison.Empty.NO_GOAL_OF_KIND);
        }
    }

    private static CaseComparison.KindCell cell(CaseComparison.CaseRow row) {
        return row.cells().stream().filter(c -> c.kind() == GoalKind.DIRECT_FLIGHTS_RESUMED).findFirst().orElseThrow();
    }
}
