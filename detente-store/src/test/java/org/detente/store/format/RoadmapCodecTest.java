package org.detente.store.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.detente.model.Dyad;
import org.detente.roadmap.GoalId;
import org.detente.roadmap.Roadmap;
import org.detente.store.dataset.BundledDatasets;
import org.detente.store.dataset.Dataset;
import org.junit.jupiter.api.Test;

/** roadmap.yaml read into a validated Roadmap, with every problem at its file, line and field. */
class RoadmapCodecTest {
    private static final Dyad US_RU = Dyad.parse("us-ru");
    private static final String SOURCE = """
                sources:
                  - { url: "https://example.org/a", title: A, publisher: P, date: 2025-04-10 }
            """;

    private static String goal(String id, String criterion, String preconditions) {
        return "  - id: " + id + "\n"
                + "    track: diplomatic-relations\n"
                + "    title: Goal " + id + "\n"
                + "    criterion: " + criterion + "\n"
                + "    preconditions: [" + preconditions + "]\n"
                + SOURCE.replace("        sources", "    sources").replace("          - {", "      - {");
    }

    private static List<FormatProblem> problemsOf(String yaml) {
        List<FormatProblem> problems = new ArrayList<>();
        Optional<Roadmap> roadmap = RoadmapCodec.decode(TreeParser.yaml(yaml), "roadmap.yaml", US_RU, problems);
        assertThat(roadmap).as("a roadmap with problems is not returned").isEmpty();
        return problems;
    }

    @Test
    void the_bundled_roadmap_loads_and_every_reference_resolves_in_the_dataset() {
        Dataset dataset = BundledDatasets.read("us-ru");
        List<FormatProblem> problems = new ArrayList<>();

        Roadmap roadmap = RoadmapCodec.decode(dataset.document("roadmap.yaml").orElseThrow(), "roadmap.yaml",
                dataset.definition().dyad(), problems).orElseThrow();

        assertThat(problems).isEmpty();
        assertThat(roadmap.size()).isEqualTo(15);
        assertThat(roadmap.overallGoal()).contains(GoalId.of("normalization"));
        assertThat(roadmap.problemsAgainst(dataset.definition(), dataset.entries())).isEmpty();
    }

    @Test
    void encoding_the_bundled_roadmap_and_reading_it_back_gives_the_same_goals() {
        Dataset dataset = BundledDatasets.read("us-ru");
        Roadmap roadmap = RoadmapCodec.decode(dataset.document("roadmap.yaml").orElseThrow(), "roadmap.yaml", US_RU,
                new ArrayList<>()).orElseThrow();
        String json = new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(RoadmapCodec.encode(US_RU, roadmap))
                .toString();

        List<FormatProblem> problems = new ArrayList<>();
        Roadmap again = RoadmapCodec.decode(TreeParser.json(json), "export.json", US_RU, problems).orElseThrow();

        assertThat(problems).isEmpty();
        assertThat(again.goals()).isEqualTo(roadmap.goals());
        assertThat(again.overallGoal()).isEqualTo(roadmap.overallGoal());
    }

    @Test
    void an_unknown_criterion_type_is_reported_at_its_line_with_the_types_allowed() {
        String yaml = "dyad: us-ru\ngoals:\n" + goal("a", "{ type: staff-doubled, sending: RU }", "");

        List<FormatProblem> problems = problemsOf(yaml);

        assertThat(problems).extracting(FormatProblem::toString).containsExactly(
                "roadmap.yaml:6: goals[0].criterion.type: 'staff-doubled' is not a criterion type (one of "
                        + String.join(", ", RoadmapCodec.criterionTypes()) + ")");
    }

    @Test
    void an_unknown_field_is_reported_at_its_line() {
        String yaml = "dyad: us-ru\ngoals:\n"
                + goal("a", "{ type: condition, condition: peace-russia-ukraine }", "").replace(
                "    title: Goal a\n", "    title: Goal a\n    deadline: 2026-01-01\n");

        List<FormatProblem> problems = problemsOf(yaml);

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).line()).isEqualTo(6);
        assertThat(problems.get(0).field()).isEqualTo("goals[0].deadline");
        assertThat(problems.get(0).message()).startsWith("unknown field (allowed: criterion, description, id,");
    }

    @Test
    void a_bad_field_inside_a_composite_criterion_is_located_in_it() {
        String yaml = "dyad: us-ru\ngoals:\n" + goal("a", "\n      type: all-of\n      criteria:\n"
                + "        - { type: channels-active, atLeast: 0 }\n"
                + "        - { type: air-link-operating, airLink: moscow-new-york }", "");

        assertThat(problemsOf(yaml)).extracting(FormatProblem::toString)
                .containsExactly("roadmap.yaml:9: goals[0].criterion.criteria[0].atLeast: must be at least 1, got 0");
    }

    @Test
    void a_cycle_is_reported_at_the_first_goal_naming_every_goal_in_it_in_order() {
        String condition = "{ type: condition, condition: peace-russia-ukraine }";
        String yaml = "dyad: us-ru\ngoals:\n" + goal("a", condition, "c") + goal("b", condition, "a")
                + goal("c", condition, "b");

        List<FormatProblem> problems = problemsOf(yaml);

        assertThat(problems).extracting(FormatProblem::toString).containsExactly(
                "roadmap.yaml:7: goals[0].preconditions: goal a: preconditions form a cycle: a → b → c → a "
                        + "(each goal is a precondition of the next)");
    }

    @Test
    void an_unknown_precondition_and_overall_goal_are_named() {
        String yaml = "dyad: us-ru\noverallGoal: peace\ngoals:\n"
                + goal("a", "{ type: condition, condition: peace-russia-ukraine }", "b");

        assertThat(problemsOf(yaml)).extracting(FormatProblem::toString).containsExactlyInAnyOrder(
                "roadmap.yaml:8: goals[0].preconditions: goal a: no goal with id 'b'",
                "roadmap.yaml:2: overallGoal: no goal with id 'peace'");
    }

    @Test
    void a_roadmap_of_another_dyad_is_refused() {
        String yaml = "dyad: fr-de\ngoals:\n" + goal("a", "{ type: condition, condition: peace }", "");

        assertThat(problemsOf(yaml)).extracting(FormatProblem::toString)
                .containsExactly("roadmap.yaml:1: dyad: roadmap is for fr-de but the dataset is us-ru");
    }

    @Test
    void the_bundled_roadmap_names_its_trigger_and_gives_its_goals_kinds() {
        Dataset dataset = BundledDatasets.read("us-ru");

        Roadmap roadmap = RoadmapCodec.decode(dataset.document("roadmap.yaml").orElseThrow(), "roadmap.yaml", US_RU,
                new ArrayList<>()).orElseThrow();

        assertThat(roadmap.trigger()).contains(org.detente.ledger.EntryId.of("2025-02-18-riyadh-talks"));
        assertThat(roadmap.goal(GoalId.of("direct-air-travel-resumed")).orElseThrow().kind())
                .contains(org.detente.roadmap.GoalKind.DIRECT_FLIGHTS_RESUMED);
        assertThat(roadmap.goal(GoalId.of("peace-in-ukraine")).orElseThrow().kind()).as("no kind fits a peace").isEmpty();
    }

    @Test
    void an_unknown_goal_kind_is_reported_at_its_line_with_the_kinds_allowed() {
        String yaml = "dyad: us-ru\ngoals:\n" + goal("a", "{ type: condition, condition: peace }", "")
                .replace("    track:", "    kind: embassy-opened\n    track:");

        assertThat(problemsOf(yaml)).extracting(FormatProblem::toString).singleElement().asString()
                .startsWith("roadmap.yaml:4: goals[0].kind: ").contains("embassy-opened").contains("embassy-reopened");
    }

    @Test
    void a_trigger_that_names_no_entry_of_the_dataset_is_reported_at_its_line() {
        Dataset dataset = BundledDatasets.read("us-ru");
        String yaml = "dyad: us-ru\ntrigger: 2025-02-19-no-such-talks\ngoals:\n"
                + goal("a", "{ type: condition, condition: peace-russia-ukraine }", "");
        List<FormatProblem> problems = new ArrayList<>();

        Optional<Roadmap> roadmap = RoadmapCodec.decodeAgainst(TreeParser.yaml(yaml), "roadmap.yaml",
                dataset.definition(), dataset.entries(), problems);

        assertThat(roadmap).isEmpty();
        assertThat(problems).extracting(FormatProblem::toString)
                .containsExactly("roadmap.yaml:2: trigger: no entry of the ledger has id '2025-02-19-no-such-talks'");
    }

    @Test
    void heads_of_mission_in_post_reads_its_missions_and_writes_them_back() {
        String yaml = "dyad: us-ru\ngoals:\n" + goal("a",
                "{ type: heads-of-mission-in-post, missions: [us-embassy-moscow, ru-embassy-washington] }", "");
        List<FormatProblem> problems = new ArrayList<>();

        Roadmap roadmap = RoadmapCodec.decode(TreeParser.yaml(yaml), "roadmap.yaml", US_RU, problems).orElseThrow();

        assertThat(problems).isEmpty();
        assertThat(RoadmapCodec.encode(roadmap.goals().get(0).criterion())).containsEntry("missions",
                List.of("us-embassy-moscow", "ru-embassy-washington"));
    }
}
