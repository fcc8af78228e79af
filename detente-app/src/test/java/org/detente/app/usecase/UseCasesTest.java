package org.detente.app.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.detente.analysis.ResponsePair;
import org.detente.app.service.BundledWorkspace;
import org.detente.app.service.DyadLedger;
import org.detente.ledger.Entry;
import org.detente.ledger.EntryId;
import org.detente.model.MissionId;
import org.detente.model.MissionStatus;
import org.detente.roadmap.GoalId;
import org.detente.roadmap.GoalStatus;
import org.detente.scenario.EvaluatedScenario;
import org.detente.store.format.FormatProblem;
import org.detente.store.format.TreeParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The use cases over the bundled US–Russia data: roadmap, reciprocity, gaps, pace and scenarios. */
class UseCasesTest {
    private static final LocalDate JUNE_2025 = LocalDate.of(2025, 6, 1);
    private static final GoalId SF_REOPENED = GoalId.of("ru-cg-san-francisco-reopened");
    private static final String REOPEN_SAN_FRANCISCO = """
            name: Reopen San Francisco
            description: The U.S. lets Russia reopen its consulate general in San Francisco.
            asOf: 2025-06-01
            entries:
              - id: s-2025-05-20-us-lets-ru-reopen-san-francisco
                type: mission-reopened
                actor: US
                target: RU
                occurredOn: 2025-05-20
                mission: ru-cg-san-francisco
                sources:
                  - url: https://example.org/hypothetical
                    title: A hypothetical reopening
                    publisher: détente scenario
                    date: 2025-05-20
            """;

    private static DyadLedger ledger;
    private static UseCases cases;
    private static DyadBasis basis;

    @BeforeAll
    static void loadTheBundledDyad() {
        cases = new UseCases(new BundledWorkspace());
        basis = cases.bases().current("us-ru");
        ledger = basis.ledger();
    }

    private static Question on(LocalDate asOf) {
        return new Question("us-ru", asOf, Optional.empty());
    }

    private static ScenarioRun evaluate(String yaml, String file) {
        return cases.scenario().answer(on(JUNE_2025), ScenarioQuery.Request.of(TreeParser.yaml(yaml), file));
    }

    @Test
    void the_2018_expulsions_pair_us_60_with_ru_60_at_ratio_one_three_days_apart() {
        Reciprocity reciprocity = cases.reciprocity().answer(on(JUNE_2025), 90);

        ResponsePair pair = reciprocity.report().pairs().stream()
                .filter(p -> p.measure().occurredOn().toString().equals("2018-03-26")
                        && p.measure().type().code().equals("staff-expelled"))
                .findFirst().orElseThrow();

        assertThat(pair.measure().actor().code()).isEqualTo("US");
        assertThat(pair.measure().measure().magnitude()).isEqualTo(60);
        assertThat(pair.response().actor().code()).isEqualTo("RU");
        assertThat(pair.response().measure().magnitude()).isEqualTo(60);
        assertThat(pair.response().occurredOn().toString()).isEqualTo("2018-03-29");
        assertThat(pair.magnitudeRatio()).isEqualTo(1.0);
        assertThat(pair.lagDays()).isEqualTo(3);
    }

    @Test
    void reciprocity_as_of_a_date_leaves_out_what_happened_later() {
        Reciprocity early = cases.reciprocity().answer(on(LocalDate.of(2018, 3, 27)), 90);

        assertThat(early.report().pairs()).noneMatch(p -> p.response().occurredOn().date().isAfter(LocalDate.of(2018, 3, 27)));
        assertThat(early.report().responseTo(EntryId.of("2018-03-26-us-expels-60"))).isEmpty();
        assertThat(early.escalation().get(early.escalation().size() - 1).month().toString()).isEqualTo("2018-03");
    }

    @Test
    void the_roadmap_is_evaluated_with_next_steps_and_a_critical_path_to_normalization() {
        var evaluation = cases.roadmap().answer(on(JUNE_2025)).evaluation();

        assertThat(evaluation.goals()).hasSize(15);
        assertThat(evaluation.goal(SF_REOPENED).orElseThrow().status()).isEqualTo(GoalStatus.READY);
        assertThat(evaluation.nextSteps()).isNotEmpty();
        assertThat(evaluation.criticalPath().orElseThrow().goals()).last().isEqualTo(GoalId.of("normalization"));
    }

    @Test
    void staff_gaps_come_from_the_roadmaps_staff_multiple_goals() {
        Gaps gaps = cases.gaps().answer(on(JUNE_2025), Optional.empty());

        assertThat(gaps.staff()).extracting(g -> g.target().sending().code()).containsExactly("RU", "US");
        assertThat(gaps.staff().get(0).target().multiple()).isEqualTo(25.0);
        assertThat(gaps.consular()).isEmpty();
        assertThat(gaps.parameters()).hasSize(6);
    }

    @Test
    void a_consular_section_gives_the_outlook_of_each_mission_with_demand() {
        Gaps gaps = cases.gaps().answer(on(JUNE_2025), java.util.Optional.of(new ConsularSection(
                new org.detente.analysis.ConsularStaffing(10, 30), 0, 12)));

        assertThat(gaps.consular()).containsKey("us-embassy-moscow");
        assertThat(gaps.consular().get("us-embassy-moscow").capacity().adjudicationsPerMonth()).isPositive();
    }

    @Test
    void pace_counts_the_rounds_since_talks_began_in_february_2025_and_none_of_the_earlier_history() {
        var pace = cases.pace().answer(on(JUNE_2025)).report();

        assertThat(pace.talksBegan()).contains(LocalDate.of(2025, 2, 18));
        assertThat(pace.rounds()).extracting(round -> round.entry().value())
                .contains("2025-02-18-riyadh-talks", "2025-02-27-istanbul-round-1", "2025-04-10-istanbul-round-2");
        assertThat(pace.rounds()).allMatch(round -> !round.date().date().isBefore(LocalDate.of(2025, 2, 18)));
        assertThat(pace.forecasts()).hasSize(pace.openGoals());
    }

    @Test
    void a_scenario_that_reopens_san_francisco_meets_the_reopen_goal_and_leaves_the_ledger_unchanged() {
        List<Entry> before = List.copyOf(ledger.projector().entries());

        ScenarioRun run = evaluate(REOPEN_SAN_FRANCISCO, "reopen.yaml");

        EvaluatedScenario result = run.evaluated().orElseThrow();
        assertThat(run.problems()).isEmpty();
        assertThat(result.newlyMet()).contains(SF_REOPENED);
        assertThat(result.after().state().mission(MissionId.of("ru-cg-san-francisco")).orElseThrow().status())
                .isEqualTo(MissionStatus.OPERATIONAL);
        assertThat(ledger.projector().entries()).isEqualTo(before);
        assertThat(ledger.projector().stateAsOf(JUNE_2025).mission(MissionId.of("ru-cg-san-francisco")).orElseThrow()
                .status()).isEqualTo(MissionStatus.CLOSED);
        assertThat(cases.roadmap().answer(on(JUNE_2025)).evaluation().goal(SF_REOPENED).orElseThrow().status()).isEqualTo(GoalStatus.READY);
    }

    @Test
    void in_a_scenario_world_the_consular_section_works_only_as_far_as_that_world_allows() {
        String restore = """
                name: Restore visa work in Moscow
                asOf: 2025-06-01
                entries:
                  - type: restriction-lifted
                    actor: RU
                    target: US
                    occurredOn: 2025-05-20
                    restriction: ru-local-staff-ban-2021
                    sources: [{url: https://example.org/h, title: H, publisher: P, date: 2025-05-20}]
                  - type: visa-service-changed
                    actor: US
                    target: RU
                    occurredOn: 2025-05-21
                    mission: us-embassy-moscow
                    level: full
                    sources: [{url: https://example.org/h, title: H, publisher: P, date: 2025-05-21}]
                """;
        var section = java.util.Optional.of(new ConsularSection(
                new org.detente.analysis.ConsularStaffing(10, 30), 0, 6));
        EvaluatedScenario result = evaluate(restore, "restore.yaml").evaluated()
                .orElseThrow();

        var before = GapsQuery.inWorld(basis, result.before(), section).consular().get("us-embassy-moscow");
        var after = GapsQuery.inWorld(basis, result.after(), section).consular().get("us-embassy-moscow");

        assertThat(before.capacity().staffing()).isEqualTo(new org.detente.analysis.ConsularStaffing(0, 0));
        assertThat(before.capacity().adjudicationsPerMonth()).isZero();
        assertThat(after.capacity().staffing()).isEqualTo(new org.detente.analysis.ConsularStaffing(10, 30));
        assertThat(after.capacity().adjudicationsPerMonth()).isPositive();
    }

    @Test
    void a_scenario_entry_that_breaks_a_ledger_rule_is_rejected_at_its_line() {
        String bad = REOPEN_SAN_FRANCISCO.replace("mission: ru-cg-san-francisco", "mission: ru-cg-atlantis");

        ScenarioRun run = evaluate(bad, "reopen.yaml");

        assertThat(run.evaluated()).isEmpty();
        assertThat(run.problems()).hasSize(1);
        FormatProblem problem = run.problems().get(0);
        assertThat(problem.file()).isEqualTo("reopen.yaml");
        assertThat(problem.line()).isEqualTo(10);
        assertThat(problem.field()).isEqualTo("entries[0].mission");
        assertThat(problem.message()).contains("ru-cg-atlantis");
    }

    @Test
    void a_scenario_file_with_format_problems_is_not_evaluated() {
        String bad = REOPEN_SAN_FRANCISCO.replace("asOf: 2025-06-01", "asOf: 2025-13-01");

        ScenarioRun run = evaluate(bad, "reopen.yaml");

        assertThat(run.result()).isEmpty();
        assertThat(run.problems()).extracting(FormatProblem::toString)
                .containsExactly("reopen.yaml:3: asOf: '2025-13-01' is not a date (YYYY-MM-DD)");
    }
}
