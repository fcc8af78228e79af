package org.detente.app.service;

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
import org.detente.ledger.Entry;
import org.detente.scenario.EvaluatedScenario;
import org.detente.state.Ledger;
import org.detente.state.LedgerView;
import org.detente.store.format.TreeParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Roadmap, gaps, reciprocity, pace, scenario and briefing all answer "as known at" a moment: each
 * equals the same answer computed over a ledger that holds only the entries recorded by then.
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

    private static DyadAnalyses now;
    private static DyadAnalyses known;
    /** The reference: a ledger that never held anything recorded after the end of 2016. */
    private static LedgerView recordedBy2017;

    @BeforeAll
    static void askTheBundledDyadAsKnownAtTheEndOf2016() {
        DyadLedger ledger = new BundledWorkspace().dyad("us-ru");
        now = DyadAnalyses.of(ledger);
        known = now.knownAt(Optional.of(END_OF_2016));
        List<Entry> recorded = ledger.entries().stream().filter(e -> !e.recordedAt().isAfter(END_OF_2016)).toList();
        assertThat(recorded).isNotEmpty().hasSizeLessThan(ledger.entries().size());
        recordedBy2017 = Ledger.of(ledger.definition(), recorded).current();
    }

    @Test
    void the_roadmap_as_known_then_is_the_roadmap_of_what_was_recorded_by_then() {
        assertThat(known.roadmapAsOf(JUNE_2025)).isEqualTo(known.roadmap().evaluate(recordedBy2017::state, JUNE_2025));
        assertThat(known.roadmapAsOf(JUNE_2025)).isNotEqualTo(now.roadmapAsOf(JUNE_2025));
    }

    @Test
    void the_gaps_as_known_then_use_only_the_figures_recorded_by_then() {
        assertThat(known.gapsAsOf(JUNE_2025).staff()).isEqualTo(
                new StaffGapAnalysis(recordedBy2017::state, known.staffTargets()).gapsAsOf(JUNE_2025));
    }

    @Test
    void reciprocity_as_known_then_pairs_only_what_was_recorded_by_then() {
        var expected = new GreedyReciprocityPairing(recordedBy2017.knownEntriesBy(JUNE_2025), new ReciprocityRules(90))
                .pair();
        assertThat(known.reciprocityAsOf(JUNE_2025, 90).report()).isEqualTo(expected);
        assertThat(now.reciprocityAsOf(JUNE_2025, 90).report().pairs()).hasSizeGreaterThan(expected.pairs().size());
    }

    @Test
    void the_pace_as_known_then_counts_the_rounds_known_then() {
        assertThat(known.paceAsOf(JUNE_2025).rounds()).hasSize(recordedBy2017.state(JUNE_2025).talks().size());
        assertThat(now.paceAsOf(JUNE_2025).rounds()).hasSizeGreaterThan(known.paceAsOf(JUNE_2025).rounds().size());
    }

    @Test
    void a_scenario_as_known_then_has_for_baseline_what_was_recorded_by_then() {
        EvaluatedScenario scenario = known.evaluateScenario(TreeParser.yaml(STATEMENT), "scenario.yaml")
                .evaluated().orElseThrow();
        assertThat(scenario.before().state().entriesApplied())
                .isEqualTo(recordedBy2017.state(JUNE_2025).entriesApplied());
        assertThat(scenario.before().state().missions()).isEqualTo(recordedBy2017.state(JUNE_2025).missions());
    }

    @Test
    void a_briefing_as_known_then_reads_nothing_recorded_later_and_says_so() {
        Briefing briefing = new BriefingAssembler(known, new ReferenceForecasts(new BundledWorkspace()),
                new BriefingAssembler.Settings(50, 6, 1, 90))
                .assemble(JUNE_2025, LocalDate.of(2025, 1, 1));
        assertThat(briefing.preface()).contains("(" + recordedBy2017.liveEntriesBy(JUNE_2025).size() + " entries")
                .contains("knew them at " + END_OF_2016);
    }
}
