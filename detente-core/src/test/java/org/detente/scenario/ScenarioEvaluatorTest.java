package org.detente.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.detente.fixtures.LedgerFixtures.entry;
import static org.detente.fixtures.LedgerFixtures.reported;
import static org.detente.fixtures.LedgerFixtures.sanctionEased;
import static org.detente.fixtures.LedgerFixtures.sanctionImposed;
import static org.detente.fixtures.MissionFixtures.DEFINITION;
import static org.detente.fixtures.MissionFixtures.DIPLOMATIC_RELATIONS;
import static org.detente.fixtures.MissionFixtures.RU;
import static org.detente.fixtures.MissionFixtures.RU_CG_SAN_FRANCISCO;
import static org.detente.fixtures.MissionFixtures.SANCTIONS;
import static org.detente.fixtures.MissionFixtures.SOURCES;
import static org.detente.fixtures.MissionFixtures.US;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.detente.fixtures.GeneratedLedgers;
import org.detente.ledger.Entry;
import org.detente.ledger.MissionClosed;
import org.detente.ledger.MissionReopened;
import org.detente.model.MissionId;
import org.detente.model.MissionStatus;
import org.detente.model.SanctionId;
import org.detente.model.SanctionStatus;
import org.detente.model.SanctionTargetKind;
import org.detente.roadmap.Goal;
import org.detente.roadmap.GoalId;
import org.detente.roadmap.GoalStatus;
import org.detente.roadmap.MissionHasStatus;
import org.detente.roadmap.Roadmap;
import org.detente.state.Ledger;
import org.detente.roadmap.SanctionRelieved;
import org.detente.roadmap.StaffAtLeast;
import org.detente.state.Projector;
import org.junit.jupiter.api.Test;

class ScenarioEvaluatorTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);

    private final List<Entry> ledger = new ArrayList<>(List.of(
            entry("sf-closed").by(US).on("2017-09-02").does(new MissionClosed(RU_CG_SAN_FRANCISCO)),
            entry("aeroflot").by(US).on("2022-04-07").does(sanctionImposed("aeroflot", SanctionTargetKind.AIRLINE)),
            entry("ru-staff").by(RU).on("2025-01-01").does(reported(150))));

    private final Roadmap roadmap = Roadmap.of(List.of(
            goal("banking", SANCTIONS, new SanctionRelieved(SanctionId.of("aeroflot"), SanctionStatus.EASED)),
            goal("sf-reopened", DIPLOMATIC_RELATIONS, new MissionHasStatus(RU_CG_SAN_FRANCISCO, MissionStatus.OPERATIONAL),
                    "banking"),
            goal("ru-staff", DIPLOMATIC_RELATIONS, new StaffAtLeast(RU, 300, Optional.empty()))));

    private static Goal goal(String id, org.detente.model.TrackId track, org.detente.roadmap.Criterion criterion,
                             String... preconditions) {
        return new Goal(GoalId.of(id), track, id, "", criterion, List.of(preconditions).stream().map(GoalId::of).toList(),
                Optional.empty(), SOURCES);
    }

    private final ScenarioEvaluator evaluator = new ScenarioEvaluator(Ledger.of(DEFINITION, ledger).current(), roadmap);

    @Test
    void a_scenario_as_known_at_a_moment_has_for_baseline_only_what_was_recorded_by_then() {
        // given the ledger as known at the start of 2018: the closure of 2017 is known, the sanction of
        // 2022 and the staff report of 2025 are not
        ScenarioEvaluator asKnownIn2018 = new ScenarioEvaluator(
                Ledger.of(DEFINITION, ledger).knownAt(Optional.of(java.time.Instant.parse("2018-01-01T00:00:00Z"))),
                roadmap);
        Scenario nothing = new Scenario("nothing", "", AS_OF, List.of(
                entry("s-statement").by(US).on("2025-05-01").does(org.detente.fixtures.LedgerFixtures
                        .statement("a spokesperson", "no change"))));

        // when
        EvaluatedScenario result = (EvaluatedScenario) asKnownIn2018.evaluate(nothing);

        // then the baseline applies the one entry known then, not the three recorded since
        assertThat(result.before().state().entriesApplied()).isEqualTo(1);
        assertThat(result.before().state().sanctions()).isEmpty();
        assertThat(((EvaluatedScenario) evaluator.evaluate(nothing)).before().state().entriesApplied()).isEqualTo(3);
    }

    @Test
    void a_scenario_shows_the_state_changes_and_the_goals_it_moves() {
        Scenario relief = new Scenario("banking relief", "The US eases the Aeroflot sanction and SF reopens", AS_OF, List.of(
                entry("s-eased").by(US).on("2025-05-01").does(sanctionEased("aeroflot")),
                entry("s-reopened").by(US).on("2025-05-02").does(new MissionReopened(RU_CG_SAN_FRANCISCO))));

        EvaluatedScenario result = (EvaluatedScenario) evaluator.evaluate(relief);

        assertThat(result.problems()).isEmpty();
        assertThat(result.stateChanges()).extracting(StateChange::toString).containsExactly(
                "mission ru-cg-san-francisco: closed, visas none → operational, visas full",
                "sanction aeroflot: in-force → eased");
        assertThat(result.newlyMet()).extracting(GoalId::value).containsExactly("banking", "sf-reopened");
        assertThat(result.goalChanges()).extracting(GoalChange::toString)
                .containsExactly("banking: READY → MET", "sf-reopened: BLOCKED → MET");
        assertThat(result.before().state().mission(RU_CG_SAN_FRANCISCO).orElseThrow().status()).isEqualTo(MissionStatus.CLOSED);
        assertThat(result.after().state().mission(RU_CG_SAN_FRANCISCO).orElseThrow().status()).isEqualTo(MissionStatus.OPERATIONAL);
    }

    @Test
    void a_goal_becomes_ready_when_its_precondition_is_met_in_the_scenario() {
        Scenario easing = new Scenario("easing", "", AS_OF, List.of(
                entry("s-eased").by(US).on("2025-05-01").does(sanctionEased("aeroflot"))));

        EvaluatedScenario result = (EvaluatedScenario) evaluator.evaluate(easing);

        assertThat(result.newlyReady()).extracting(GoalId::value).containsExactly("sf-reopened");
        assertThat(result.roadmapBefore().goal(GoalId.of("sf-reopened")).orElseThrow().status()).isEqualTo(GoalStatus.BLOCKED);
    }

    @Test
    void staff_changes_and_progress_are_reported() {
        Scenario accreditations = new Scenario("more diplomats", "", AS_OF, List.of(
                entry("s-staff").by(RU).on("2025-05-01").does(reported(240))));

        EvaluatedScenario result = (EvaluatedScenario) evaluator.evaluate(accreditations);

        assertThat(result.stateChanges()).extracting(StateChange::toString).containsExactly("staff RU: total 150 → total 240");
        assertThat(result.goalChanges()).extracting(GoalChange::toString).containsExactly("ru-staff: READY → READY (150 of 300 → 240 of 300)");
        assertThat(result.goalChanges().get(0).statusChanged()).isFalse();
    }

    @Test
    void a_scenario_never_changes_the_ledger() {
        List<Entry> before = List.copyOf(ledger);
        var stateBefore = Projector.of(DEFINITION, ledger).stateAsOf(AS_OF);

        evaluator.evaluate(new Scenario("reopen", "", AS_OF, List.of(
                entry("s-reopened").by(US).on("2025-05-02").does(new MissionReopened(RU_CG_SAN_FRANCISCO)))));

        assertThat(ledger).containsExactlyElementsOf(before);
        assertThat(Projector.of(DEFINITION, ledger).stateAsOf(AS_OF)).isEqualTo(stateBefore);
        EvaluatedScenario again = (EvaluatedScenario) evaluator.evaluate(new Scenario("nothing", "", AS_OF, List.of()));
        assertThat(again.stateChanges()).isEmpty();
    }

    @Test
    void invalid_entries_get_the_ledger_validators_messages_and_no_evaluation() {
        Scenario broken = new Scenario("broken", "", AS_OF, List.of(
                entry("sf-closed").by(US).on("2025-05-01").does(new MissionReopened(RU_CG_SAN_FRANCISCO)),
                entry("s-atlantis").by(US).on("2025-05-01").does(new MissionReopened(MissionId.of("ru-cg-atlantis"))),
                entry("s-late").by(US).on("2025-07-01").does(sanctionEased("aeroflot"))));

        ScenarioResult result = evaluator.evaluate(broken);

        assertThat(result).isInstanceOf(RejectedScenario.class);
        assertThat(result.problems()).extracting(Object::toString).containsExactlyInAnyOrder(
                "entry sf-closed: id: an entry with id 'sf-closed' already exists",
                "entry s-atlantis: mission: no mission with id 'ru-cg-atlantis'",
                "entry s-late: occurredOn: occurs on 2025-07-01, after the scenario's date 2025-06-01, so it would not count");
    }

    @Test
    void analyses_add_their_figures_from_both_worlds() {
        ScenarioAnalysis staffGap = (before, after) -> List.of(new MetricChange("ru-staff-total", "RU",
                OptionalDouble.of(before.state().staffOf(RU).total().getAsInt()),
                OptionalDouble.of(after.state().staffOf(RU).total().getAsInt()), "RU staff"));
        ScenarioEvaluator withAnalysis = new ScenarioEvaluator(Ledger.of(DEFINITION, ledger).current(), roadmap, List.of(staffGap));

        EvaluatedScenario result = (EvaluatedScenario) withAnalysis.evaluate(new Scenario("more", "", AS_OF, List.of(
                entry("s-staff").by(RU).on("2025-05-01").does(reported(240)))));

        assertThat(result.metricChanges()).singleElement().satisfies(m -> assertThat(m.delta()).hasValue(90.0));
        assertThat(result.after().entries()).hasSize(ledger.size() + 1);
    }

    @Test
    void an_empty_scenario_changes_nothing() {
        qt().withExamples(50).forAll(longs().all()).checkAssert(this::an_empty_scenario_changes_nothing);
    }

    private void an_empty_scenario_changes_nothing(long seed) {
        List<Entry> generated = GeneratedLedgers.random(seed, 60, 3000);
        ScenarioEvaluator onGenerated = new ScenarioEvaluator(Ledger.of(DEFINITION, generated).current(), roadmap);
        LocalDate asOf = GeneratedLedgers.START.plusDays(Math.floorMod(seed, 3000));

        EvaluatedScenario result = (EvaluatedScenario) onGenerated.evaluate(new Scenario("empty", "", asOf, List.of()));

        assertThat(result.stateChanges()).isEmpty();
        assertThat(result.goalChanges()).isEmpty();
        assertThat(result.after().state()).isEqualTo(result.before().state());
    }
}
