package org.detente.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.detente.app.service.BundledWorkspace;
import org.detente.app.usecase.ReferenceCases;
import org.detente.app.usecase.UseCases;
import org.detente.forecast.ForecastCase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The comparison page on the four bundled cases: the figures come from the roadmaps and ledgers. */
class ComparisonPresenterTest {
    private static final LocalDate JUNE_2025 = LocalDate.of(2025, 6, 1);
    private static ReferenceCases forecasts;

    @BeforeAll
    static void loadTheBundledCases() {
        forecasts = new UseCases(new BundledWorkspace()).references();
    }

    private static Frame frame() {
        return new Frame("t", "us-ru", "United States – Russia", JUNE_2025.toString(), "", "/dyads/us-ru/comparison",
                0, 1, 1, "2016-01-01", "2025-06-01", List.of(), "", "", false, "csrf");
    }

    private static ComparisonPage page(LocalDate asOf, Optional<Instant> knownAt) {
        return ComparisonPresenter.present(frame(), "us-ru", forecasts.cases(knownAt), asOf);
    }

    private static ComparisonPage.Row row(ComparisonPage page, String dyad) {
        return page.rows().stream().filter(r -> r.dyad().equals(dyad)).findFirst().orElseThrow();
    }

    private static ComparisonPage.Cell cell(ComparisonPage page, ComparisonPage.Row row, String kind) {
        int column = page.kinds().stream().map(ComparisonPage.Kind::code).toList().indexOf(kind);
        return row.cells().get(column);
    }

    @Test
    void every_bundled_case_is_a_row_with_one_cell_per_goal_kind() {
        ComparisonPage page = page(JUNE_2025, Optional.empty());
        assertThat(page.rows()).extracting(ComparisonPage.Row::dyad)
                .containsExactlyInAnyOrder("us-ru", "us-cu", "sa-ir", "ca-in");
        assertThat(page.rows()).allSatisfy(r -> assertThat(r.cells()).hasSize(page.kinds().size()));
        assertThat(row(page, "us-ru").current()).isTrue();
        assertThat(row(page, "us-cu").current()).isFalse();
        // ca-in's Indian visa services came back in November 2023, before its trigger of 2025-06-17.
        ComparisonPage later = page(LocalDate.of(2025, 12, 1), Optional.empty());
        assertThat(cell(later, row(later, "ca-in"), "consular-services-restored").goals())
                .extracting(ComparisonPage.Duration::goal)
                .contains("Canada's consulates in Chandigarh, Mumbai and Bengaluru serve in person again")
                .doesNotContain("India's visa services for Canadians restored");
    }

    @Test
    void the_us_embassy_in_havana_was_met_seven_months_after_the_trigger_of_17_december_2014() {
        // Trigger 2014-12-17 (2014-12-17-us-commits-restore-relations); the embassy opened on 2015-07-20
        // (2015-07-20-us-embassy-havana-reopens): 215 days, 7.06 months of 365.2425 / 12 days.
        ComparisonPage page = page(JUNE_2025, Optional.empty());
        ComparisonPage.Row cuba = row(page, "us-cu");
        assertThat(cuba.trigger()).isEqualTo("2014-12-17");
        assertThat(cell(page, cuba, "embassy-reopened").goals()).anySatisfy(g -> {
            assertThat(g.goal()).isEqualTo("The U.S. Embassy in Havana open");
            assertThat(g.met()).isTrue();
            assertThat(g.months()).isEqualTo("7.1");
            assertThat(g.text()).isEqualTo("7.1 months");
        });
    }

    @Test
    void the_dyad_of_the_page_stands_where_its_date_puts_it_and_its_open_goals_are_censored_there() {
        // us-ru's trigger is 2025-02-18 (2025-02-18-riyadh-talks): to 2025-06-01 is 103 days, 3.4 months.
        ComparisonPage page = page(JUNE_2025, Optional.empty());
        ComparisonPage.Row russia = row(page, "us-ru");
        assertThat(russia.trigger()).isEqualTo("2025-02-18");
        assertThat(russia.observedUntil()).isEqualTo("2025-06-01");
        assertThat(russia.standing()).isEqualTo("3.4 months");
        assertThat(cell(page, russia, "embassy-reopened").goals()).isNotEmpty().allSatisfy(g -> {
            assertThat(g.met()).isFalse();
            assertThat(g.text()).isEqualTo("not met (censored at 3.4 months)");
        });
    }

    @Test
    void before_a_cases_trigger_it_has_no_durations_and_the_chart_data_matches_the_table() throws Exception {
        ComparisonPage page = page(LocalDate.of(2015, 1, 1), Optional.empty());
        ComparisonPage.Row russia = row(page, "us-ru");
        assertThat(russia.trigger()).isEqualTo("not reached by 2015-01-01");
        assertThat(russia.standing()).isEmpty();
        assertThat(russia.cells()).allSatisfy(c -> assertThat(c.goals()).isEmpty());
        assertThat(cell(page, russia, "embassy-reopened").note()).isEqualTo("not timed: no trigger by then");
        assertThat(cell(page, russia, "heads-of-mission-exchanged").note()).isEqualTo("no goal of this kind");
        ComparisonPage.Row cuba = row(page, "us-cu");
        assertThat(cuba.observedUntil()).isEqualTo("2015-01-01");
        assertThat(cell(page, cuba, "embassy-reopened").goals()).allSatisfy(g -> assertThat(g.met()).isFalse());
        JsonNode chart = new ObjectMapper().readTree(page.chartJson());
        assertThat(chart.get("cases")).hasSize(4);
        assertThat(chart.get("met")).isEmpty();
        assertThat(chart.get("standing")).hasSize(1); // only us-cu had its trigger by then
    }
}
