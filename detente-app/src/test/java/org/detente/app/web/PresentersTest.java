package org.detente.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.detente.app.service.BundledWorkspace;
import org.detente.app.usecase.Question;
import org.detente.app.usecase.UseCases;
import org.detente.model.Country;
import org.detente.model.DyadDefinition;
import org.detente.state.RelationsState;
import org.detente.store.format.TreeParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The presenters of the scenario, capacity and ledger pages, on the bundled US–Russia dataset. */
class PresentersTest {
    private static final LocalDate JUNE_2025 = LocalDate.of(2025, 6, 1);
    private static PageQuestion analyses;

    @BeforeAll
    static void loadTheBundledDyad() {
        analyses = new PageQuestion(new UseCases(new BundledWorkspace()),
                new Question("us-ru", JUNE_2025, Optional.empty()));
    }

    private static Frame frame(String path) {
        return new Frame("t", "us-ru", "United States – Russia", JUNE_2025.toString(), "", path, 0, 1, 1, "2016-01-01",
                "2025-06-01", List.of(), "", "", false, "csrf");
    }

    private static ScenarioPresenter.Composition drafting(Map<String, String> draft) {
        ScenarioPresenter.Composition start = ScenarioPresenter.Composition.start(JUNE_2025);
        return start.with(List.of(), draft, Map.of(), "");
    }

    private static Map<String, String> reopenSanFrancisco() {
        Map<String, String> draft = new LinkedHashMap<>();
        draft.put("type", "mission-reopened");
        draft.put("actor", "US");
        draft.put("target", "RU");
        draft.put("occurredOn", "2025-05-20");
        draft.put("mission", "ru-cg-san-francisco");
        draft.put("sources[0].url", "https://example.org/hypothetical");
        draft.put("sources[0].title", "A hypothetical reopening");
        draft.put("sources[0].publisher", "détente scenario");
        draft.put("sources[0].date", "2025-05-20");
        return draft;
    }

    @Test
    void a_valid_drafted_entry_is_added_to_the_composition_and_the_draft_is_cleared() {
        ScenarioPresenter.Composition after = ScenarioPresenter.add(analyses, drafting(reopenSanFrancisco()));

        assertThat(after.errors()).isEmpty();
        assertThat(after.entries()).hasSize(1);
        assertThat(after.entries().get(0)).contains("\"mission\":\"ru-cg-san-francisco\"");
        assertThat(after.draft()).containsOnlyKeys("type");
        assertThat(after.notice()).contains("Added entry 1").contains("San Francisco");
    }

    @Test
    void an_entry_that_breaks_a_ledger_rule_is_not_added_and_its_field_says_why() {
        Map<String, String> draft = reopenSanFrancisco();
        draft.put("mission", "ru-cg-atlantis");

        ScenarioPresenter.Composition after = ScenarioPresenter.add(analyses, drafting(draft));

        assertThat(after.entries()).isEmpty();
        assertThat(after.errors()).containsKey("mission");
        assertThat(after.errors().get("mission")).contains("ru-cg-atlantis");
        assertThat(after.draft()).containsEntry("mission", "ru-cg-atlantis");
    }

    @Test
    void an_entry_dated_after_the_scenario_is_refused() {
        Map<String, String> draft = reopenSanFrancisco();
        draft.put("occurredOn", "2025-07-01");

        ScenarioPresenter.Composition after = ScenarioPresenter.add(analyses, drafting(draft));

        assertThat(after.entries()).isEmpty();
        assertThat(after.errors()).isNotEmpty();
    }

    @Test
    void removing_an_entry_keeps_the_others_in_order() {
        ScenarioPresenter.Composition one = ScenarioPresenter.add(analyses, drafting(reopenSanFrancisco()));
        ScenarioPresenter.Composition two = ScenarioPresenter.addQuick(analyses, one, "0");
        assertThat(two.entries()).hasSize(2);

        ScenarioPresenter.Composition after = ScenarioPresenter.remove(two, "0", analyses);

        assertThat(after.entries()).containsExactly(two.entries().get(1));
        assertThat(after.notice()).startsWith("Removed");
    }

    @Test
    void evaluating_the_composition_shows_the_goal_it_unlocks_and_the_consular_outlook_in_both_worlds() {
        ScenarioPresenter.Composition composed = ScenarioPresenter.add(analyses, drafting(reopenSanFrancisco()));

        AnalysisPages.ScenarioResultView result = ScenarioPresenter.evaluate(analyses, composed);

        assertThat(result.evaluated()).isTrue();
        assertThat(result.newlyMet()).contains("The Russian consulate in San Francisco reopened");
        assertThat(result.stateChanges()).anyMatch(s -> s.contains("ru-cg-san-francisco"));
        assertThat(result.consular()).singleElement().satisfies(row -> {
            assertThat(row.mission()).contains("Moscow");
            assertThat(row.changed()).isFalse();
        });
    }

    @Test
    void without_officers_the_result_says_how_to_see_the_consular_outlook() {
        ScenarioPresenter.Composition composed = ScenarioPresenter.add(analyses, drafting(reopenSanFrancisco()));
        ScenarioPresenter.Composition noSection = new ScenarioPresenter.Composition(composed.name(), composed.asOf(), "",
                "", composed.entries(), Map.of(), Map.of(), "");

        AnalysisPages.ScenarioResultView result = ScenarioPresenter.evaluate(analyses, noSection);

        assertThat(result.consular()).isEmpty();
        assertThat(result.consularNote()).contains("officers");
    }

    @Test
    void the_exported_file_reads_back_as_the_same_scenario() throws Exception {
        ScenarioPresenter.Composition composed = ScenarioPresenter.add(analyses, drafting(reopenSanFrancisco()));

        String yaml = ScenarioPresenter.yaml(composed, analyses);
        AnalysisPages.ScenarioResultView again = ScenarioPresenter.evaluate(analyses, yaml);

        assertThat(TreeParser.yaml(yaml)).isNotNull();
        assertThat(yaml).contains("asOf: '2025-06-01'").contains("mission: ru-cg-san-francisco");
        assertThat(again.newlyMet()).contains("The Russian consulate in San Francisco reopened");
    }

    @Test
    void the_capacity_chart_has_a_point_for_every_month_up_to_the_horizon_and_the_observed_waits_are_listed() throws Exception {
        AnalysisPages.CapacityPage page = AnalysisPresenter.capacity(frame("/capacity"), analyses, JUNE_2025,
                Map.of("officers", "10", "localStaff", "0", "horizonMonths", "12"));

        Map<?, ?> chart = new ObjectMapper().readValue(page.result().chartJson(), Map.class);
        assertThat((List<?>) chart.get("months")).hasSize(13);
        assertThat((List<?>) chart.get("backlog")).hasSize(13);
        assertThat(page.observations()).extracting(AnalysisPages.ObservedWait::days).contains("85 days", "300 days");
    }

    @Test
    void a_horizon_beyond_fifty_years_is_refused_with_the_field_named() {
        AnalysisPages.CapacityPage page = AnalysisPresenter.capacity(frame("/capacity"), analyses, JUNE_2025,
                Map.of("horizonMonths", "100000"));

        assertThat(page.result().failed()).isTrue();
        assertThat(page.result().error()).contains("horizonMonths");
    }

    @Test
    void a_mission_whose_baseline_the_sources_doubt_shows_the_caveat_while_that_baseline_holds() {
        MissionsPage before = MissionsPresenter.present(frame("/dyads/us-ru/missions"), analyses.ledger(),
                LocalDate.of(2016, 6, 1), Optional.empty());
        MissionsPage after = MissionsPresenter.present(frame("/dyads/us-ru/missions"), analyses.ledger(), JUNE_2025,
                Optional.empty());

        MissionsPage.MissionRow compound = mission(before, "ru-compound-new-york");
        assertThat(compound.since()).isEqualTo("1952");
        assertThat(compound.caveat()).startsWith("Medium confidence: Reports differ on the year");
        assertThat(mission(before, "ru-cg-new-york").caveat()).isEmpty();
        // seized at the end of 2016: what the page shows since then is the ledger's, not the doubtful baseline
        assertThat(mission(after, "ru-compound-new-york").caveat()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_staff_chart_as_known_at_leaves_out_what_was_recorded_later_and_ends_on_the_state_known_then() {
        LocalDate asOf = LocalDate.of(2018, 6, 30);
        Optional<java.time.Instant> eve = Optional.of(Instant.parse("2018-03-25T23:59:59Z"));
        DyadDefinition definition = analyses.ledger().definition();

        Map<String, Object> now = MissionsPresenter.chart(analyses.ledger(), definition, asOf, Optional.empty());
        Map<String, Object> then = MissionsPresenter.chart(analyses.ledger(), definition, asOf, eve);

        Function<Map<String, Object>, List<String>> expulsionDates = chart ->
                ((List<Object[]>) ((List<Map<String, Object>>) chart.get("markers")).get(0).get("points")).stream()
                        .map(point -> (String) point[0]).toList();
        assertThat(expulsionDates.apply(now)).contains("2018-03-26");
        assertThat(expulsionDates.apply(then)).allMatch(date -> date.compareTo("2018-03-26") < 0);
        // the last point of each side's series is the state the ledger knew on the eve
        RelationsState known = analyses.ledger().projector().stateAsOf(asOf, eve);
        for (Map<String, Object> series : (List<Map<String, Object>>) then.get("series")) {
            List<Object[]> points = (List<Object[]>) series.get("points");
            Object[] last = points.get(points.size() - 1);
            Country side = ((String) series.get("name")).startsWith("United States")
                    ? Country.of("US") : Country.of("RU");
            OptionalInt total = known.staffOf(side).total();
            assertThat(last[0]).isEqualTo("2018-06-30");
            assertThat(last[1]).isEqualTo(total.isPresent() ? total.getAsInt() : null);
        }
    }

    private static MissionsPage.MissionRow mission(MissionsPage page, String id) {
        return page.sides().stream().flatMap(side -> side.missions().stream()).filter(m -> m.id().equals(id))
                .findFirst().orElseThrow();
    }

    @Test
    void the_ledger_shows_fifty_entries_a_page_with_links_to_the_neighbouring_pages() {
        LedgerPage.Filters none = new LedgerPage.Filters("", "", "", "", "");

        LedgerPage first = LedgerPresenter.present(frame("/dyads/us-ru/ledger"), analyses, JUNE_2025, none, 1, "", "");
        LedgerPage second = LedgerPresenter.present(frame("/dyads/us-ru/ledger"), analyses, JUNE_2025, none, 2, "", "");

        assertThat(first.total()).isGreaterThan(LedgerPresenter.PAGE_SIZE);
        assertThat(first.items()).hasSize(LedgerPresenter.PAGE_SIZE);
        assertThat(first.paging().newer()).isEmpty();
        assertThat(first.paging().older()).endsWith("&page=2");
        assertThat(second.paging().newer()).endsWith("&page=1");
        assertThat(second.items().get(0).date()).isLessThanOrEqualTo(first.items().get(first.items().size() - 1).date());
    }

    @Test
    void the_ledger_opens_on_the_page_that_holds_a_recorded_entry() {
        LedgerPage.Filters none = new LedgerPage.Filters("", "", "", "", "");
        LedgerPage all = LedgerPresenter.present(frame("/dyads/us-ru/ledger"), analyses, JUNE_2025, none, 2, "", "");
        String onPageTwo = all.items().get(3).id();

        LedgerPage page = LedgerPresenter.present(frame("/dyads/us-ru/ledger"), analyses, JUNE_2025, none, 1, onPageTwo, "");

        assertThat(page.paging().number()).isEqualTo(2);
        assertThat(page.items()).extracting(LedgerPage.Item::id).contains(onPageTwo);
    }

    @Test
    void the_retraction_field_suggests_the_latest_entry_ids() {
        var ledger = analyses.ledger();
        RecordPage page = RecordPresenter.present(frame("/record"), ledger.definition(), ledger.entries(), "", Map.of(),
                Map.of(), Map.of(), Map.of(), true, "");

        RecordPage.Field retracts = page.retraction().get(0);
        assertThat(retracts.options()).hasSize(Math.min(200, ledger.entries().size()));
        assertThat(retracts.options().get(0).value()).isEqualTo(ledger.entries().get(ledger.entries().size() - 1).id().value());
    }
}
