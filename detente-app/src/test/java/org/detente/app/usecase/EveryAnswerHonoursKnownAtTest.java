package org.detente.app.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.detente.analysis.GreedyReciprocityPairing;
import org.detente.analysis.ReciprocityRules;
import org.detente.analysis.StaffGapAnalysis;
import org.detente.app.report.Briefing;
import org.detente.app.report.BriefingAssembler;
import org.detente.app.service.BundledWorkspace;
import org.detente.app.service.DyadLedger;
import org.detente.forecast.ForecastCase;
import org.detente.forecast.ForecastRules;
import org.detente.forecast.OwnPaceForecast;
import org.detente.ledger.Entry;
import org.detente.scenario.EvaluatedScenario;
import org.detente.simulation.calibration.ForecastProgress;
import org.detente.simulation.calibration.SidePolicy;
import org.detente.state.Ledger;
import org.detente.state.LedgerView;
import org.detente.store.format.TreeParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Roadmap, gaps, reciprocity, pace, scenario, forecast and briefing all answer "as known at" a
 * moment: each equals the same answer computed over a ledger that holds only the entries recorded
 * by then, and (where the record grew since) differs from the answer as known now.
 */
class EveryAnswerHonoursKnownAtTest {
    private static final Instant END_OF_2016 = Instant.parse("2017-01-01T00:00:00Z");
    private static final LocalDate JUNE_2025 = LocalDate.of(2025, 6, 1);
    private static final String STATEMENT = """
            name: A statement
            asOf: 2025-06-01
            entries:
              - id: s-statement
                type: statement
                actor: US
                target: RU
                occurredOn: 2025-05-01
                speaker: a spokesperson
                position: no change
                sources:
                  - { url: "https://example.org/s", title: S, publisher: détente scenario, date: 2025-05-01 }
            """;

    private static UseCases cases;
    private static Question now;
    private static Question known;
    private static DyadBasis basis;
    private static List<Entry> recorded;
    /** The reference: a ledger that never held anything recorded after the end of 2016. */
    private static LedgerView recordedBy2017;

    @BeforeAll
    static void askTheBundledDyadAsKnownAtTheEndOf2016() {
        cases = new UseCases(new BundledWorkspace());
        now = new Question("us-ru", JUNE_2025, Optional.empty());
        known = new Question("us-ru", JUNE_2025, Optional.of(END_OF_2016));
        basis = cases.bases().basis(known);
        DyadLedger ledger = basis.ledger();
        recorded = ledger.entries().stream().filter(e -> !e.recordedAt().isAfter(END_OF_2016)).toList();
        assertThat(recorded).isNotEmpty().hasSizeLessThan(ledger.entries().size());
        recordedBy2017 = Ledger.of(ledger.definition(), recorded).current();
    }

    private static org.detente.roadmap.RoadmapEvaluation roadmap(Question question) {
        return cases.roadmap().answer(question).evaluation();
    }

    private static org.detente.analysis.PaceReport pace(Question question) {
        return cases.pace().answer(question).report();
    }

    @Test
    void the_roadmap_as_known_then_is_the_roadmap_of_what_was_recorded_by_then() {
        assertThat(roadmap(known)).isEqualTo(basis.roadmap().evaluate(recordedBy2017::state, JUNE_2025));
        assertThat(roadmap(known)).isNotEqualTo(roadmap(now));
    }

    @Test
    void the_gaps_as_known_then_use_only_the_figures_recorded_by_then() {
        assertThat(cases.gaps().answer(known, Optional.empty()).staff()).isEqualTo(
                new StaffGapAnalysis(recordedBy2017::state, basis.staffTargets()).gapsAsOf(JUNE_2025));
    }

    @Test
    void reciprocity_as_known_then_pairs_only_what_was_recorded_by_then() {
        var expected = new GreedyReciprocityPairing(recordedBy2017.knownEntriesBy(JUNE_2025), new ReciprocityRules(90))
                .pair();
        assertThat(cases.reciprocity().answer(known, 90).report()).isEqualTo(expected);
        assertThat(cases.reciprocity().answer(now, 90).report().pairs()).hasSizeGreaterThan(expected.pairs().size());
    }

    @Test
    void the_pace_as_known_then_counts_the_rounds_known_then() {
        assertThat(pace(known).rounds()).hasSize(recordedBy2017.state(JUNE_2025).talks().size());
        assertThat(pace(now).rounds()).hasSizeGreaterThan(pace(known).rounds().size());
    }

    @Test
    void a_scenario_as_known_then_has_for_baseline_what_was_recorded_by_then() {
        EvaluatedScenario scenario = cases.scenario().answer(known,
                ScenarioQuery.Request.of(TreeParser.yaml(STATEMENT), "scenario.yaml")).evaluated().orElseThrow();
        assertThat(scenario.before().state().entriesApplied())
                .isEqualTo(recordedBy2017.state(JUNE_2025).entriesApplied());
        assertThat(scenario.before().state().missions()).isEqualTo(recordedBy2017.state(JUNE_2025).missions());
    }

    @Test
    void a_briefing_as_known_then_reads_nothing_recorded_later_and_says_so() {
        Briefing briefing = new BriefingAssembler(cases.briefing(), new BriefingAssembler.Settings(50, 6, 1, 90))
                .assemble(known, LocalDate.of(2025, 1, 1));
        assertThat(briefing.preface()).contains("(" + recordedBy2017.liveEntriesBy(JUNE_2025).size() + " entries")
                .contains("knew them at " + END_OF_2016);
    }

    @Test
    void the_forecast_as_known_then_is_calibrated_and_played_on_what_was_recorded_by_then() {
        ForecastQuery.Request request = new ForecastQuery.Request(new ForecastRules(6, 50, 1, 90),
                new SidePolicy.Observed(), new SidePolicy.Observed(), Optional.empty(), ForecastProgress.NONE, false);
        OwnPaceForecast then = cases.forecast().answer(known, request).own().orElseThrow();
        OwnPaceForecast expected = OwnPaceForecast.run(new ForecastCase(basis.ledger().definition(), basis.roadmap(),
                recorded), JUNE_2025, null, 90, new SidePolicy.Observed(), new SidePolicy.Observed(), 6, 50, 1,
                ForecastProgress.NONE);

        assertThat(then.calibration()).isEqualTo(expected.calibration());
        assertThat(then.pace()).isEqualTo(expected.pace());
        assertThat(then.result()).isEqualTo(expected.result());
        assertThat(cases.forecast().answer(now, request).own().orElseThrow().calibration())
                .isNotEqualTo(then.calibration());
    }

    @Test
    void the_pooled_forecast_as_known_then_reads_the_reference_cases_as_known_then_too() {
        // As known on 1 June 2025, the Canada–India case had neither its trigger (the meeting of 17
        // June 2025) nor the goals it met from August 2025: it could not inform a forecast made then.
        Instant june2025 = Instant.parse("2025-06-01T00:00:00Z");
        Question asked = new Question("us-ru", JUNE_2025, Optional.of(june2025));
        ForecastRules rules = new ForecastRules(6, 50, 1, 90);
        ForecastQuery.Request pooled = new ForecastQuery.Request(rules, new SidePolicy.Observed(),
                new SidePolicy.Observed(), Optional.empty(), ForecastProgress.NONE, true);
        ForecastQuery.ForecastAnswer answer = cases.forecast().answer(asked, pooled);
        ForecastCase target = ReferenceCases.caseOf(cases.bases().basis(asked));

        assertThat(answer.reference()).contains(new org.detente.forecast.ReferenceForecaster(
                cases.references().cases(Optional.of(june2025)), rules).forecast(target.history(JUNE_2025), answer.own()));
        assertThat(answer.reference()).isNotEqualTo(Optional.of(new org.detente.forecast.ReferenceForecaster(
                cases.references().cases(Optional.empty()), rules).forecast(target.history(JUNE_2025), answer.own())));
    }
}
