package org.detente.store.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.detente.store.format.FormatProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dataset folder with mistakes: every problem is reported with its file, line and field. */
class DatasetValidationTest {
    private static final String DYAD = """
            dyad: us-ru
            countries:
              - { code: US, name: United States }
              - { code: RU, name: Russia }
            tracks:
              - id: diplomatic-relations
                title: Restoring diplomatic relations
                sources:
                  - { url: "https://example.org/tracks", title: Tracks, publisher: Example, date: 2025-04-10 }
            missions:
              - id: ru-cg-san-francisco
                sending: RU
                host: US
                kind: consulate-general
                city: San Francisco
                name: Consulate General of Russia in San Francisco
                since: 1973
                status: operational
                visaIssuance: full
                sources:
                  - { url: "https://example.org/sf", title: SF, publisher: Example, date: 2017-09-01 }
            """;

    private static final String SOURCE = "    sources:\n"
            + "      - { url: \"https://example.org/a\", title: A, publisher: Example, date: 2017-09-01 }\n";

    @TempDir
    Path folder;

    private List<FormatProblem> read(String ledger) throws IOException {
        Files.writeString(folder.resolve("dyad.yaml"), DYAD);
        Files.createDirectories(folder.resolve("ledger"));
        Files.writeString(folder.resolve("ledger/2017.yaml"), ledger);
        List<FormatProblem> problems = new ArrayList<>();
        Optional<Dataset> dataset = DatasetReader.read(folder, problems);
        assertThat(dataset.isPresent()).isEqualTo(problems.isEmpty());
        return problems;
    }

    @Test
    void a_valid_folder_reads_with_its_entries() throws IOException {
        List<FormatProblem> problems = read("""
                entries:
                  - id: us-closes-sf
                    type: mission-closed
                    actor: US
                    target: RU
                    occurredOn: 2017-09-02
                    mission: ru-cg-san-francisco
                """ + SOURCE);
        assertThat(problems).isEmpty();
    }

    @Test
    void an_impossible_date_is_reported_at_its_line_with_the_field() throws IOException {
        List<FormatProblem> problems = read("""
                entries:
                  - id: us-closes-sf
                    type: mission-closed
                    actor: US
                    target: RU
                    occurredOn: 2017-13-01
                    mission: ru-cg-san-francisco
                """ + SOURCE);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).toString()).startsWith("ledger/2017.yaml:6: entries[0].occurredOn: ")
                .contains("2017-13-01");
    }

    @Test
    void every_problem_of_every_entry_is_reported_not_only_the_first() throws IOException {
        List<FormatProblem> problems = read("""
                entries:
                  - id: bad-one
                    type: staff-expelled
                    actor: US
                    target: US
                    occurredOn: 2017-09-02
                    count: -3
                """ + SOURCE + """
                  - id: bad-two
                    type: mission-closed
                    actor: US
                    target: RU
                    occurredOn: 2017-09-02
                    mission: ru-cg-nowhere
                    colour: red
                """ + SOURCE);
        assertThat(problems).extracting(FormatProblem::field)
                .contains("entries[0].target", "entries[0].count", "entries[1].colour");
        assertThat(problems).extracting(FormatProblem::toString)
                .anyMatch(p -> p.contains("count: must be a positive number of people, got -3"))
                .anyMatch(p -> p.contains("unknown field"));
    }

    @Test
    void a_reference_to_an_unknown_mission_names_the_mission_and_the_line() throws IOException {
        List<FormatProblem> problems = read("""
                entries:
                  - id: us-closes-nowhere
                    type: mission-closed
                    actor: US
                    target: RU
                    occurredOn: 2017-09-02
                    mission: ru-cg-nowhere
                """ + SOURCE);
        assertThat(problems).singleElement().hasToString(
                "ledger/2017.yaml:7: mission: no mission with id 'ru-cg-nowhere' (entry us-closes-nowhere)");
    }

    @Test
    void a_response_that_comes_before_what_it_answers_is_rejected() throws IOException {
        List<FormatProblem> problems = read("""
                entries:
                  - id: first
                    type: mission-closed
                    actor: US
                    target: RU
                    occurredOn: 2017-09-02
                    mission: ru-cg-san-francisco
                    respondsTo: second
                """ + SOURCE + """
                  - id: second
                    type: staff-expelled
                    actor: RU
                    target: US
                    occurredOn: 2017-10-01
                    count: 3
                """ + SOURCE);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("respondsTo");
            assertThat(p.message()).contains("a response cannot come first");
        });
    }

    @Test
    void an_entry_without_sources_is_rejected() throws IOException {
        List<FormatProblem> problems = read("""
                entries:
                  - id: unsourced
                    type: mission-closed
                    actor: US
                    target: RU
                    occurredOn: 2017-09-02
                    mission: ru-cg-san-francisco
                """);
        assertThat(problems).singleElement().hasToString("ledger/2017.yaml:2: entries[0].sources: is required");
    }

    @Test
    void broken_yaml_is_reported_with_its_line() throws IOException {
        List<FormatProblem> problems = read("entries:\n  - id: x\n    type: [unclosed\n");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("ledger/2017.yaml");
            assertThat(p.line()).isPositive();
            assertThat(p.message()).startsWith("not valid YAML");
        });
    }

    @Test
    void a_missing_definitions_file_is_reported() throws IOException {
        Files.createDirectories(folder.resolve("ledger"));
        List<FormatProblem> problems = new ArrayList<>();
        assertThat(DatasetReader.read(folder, problems)).isEmpty();
        assertThat(problems).extracting(FormatProblem::toString).contains("dyad.yaml: is missing");
    }

    @Test
    void a_visa_wait_with_neither_days_nor_no_appointments_is_reported_at_its_line() throws IOException {
        List<FormatProblem> problems = read("""
                entries:
                  - id: wait-without-figure
                    type: visa-wait-reported
                    actor: US
                    target: RU
                    occurredOn: 2018-09
                    post: U.S. Embassy Moscow
                    visaClass: nonimmigrant
                    reportedBy: RBC
                  - id: wait-with-both
                    type: visa-wait-reported
                    actor: US
                    target: RU
                    occurredOn: 2018-09
                    post: U.S. Embassy Moscow
                    visaClass: nonimmigrant
                    waitDays: 300
                    noAppointments: true
                    reportedBy: RBC
                """.replace("    reportedBy: RBC\n", "    reportedBy: RBC\n" + SOURCE));
        assertThat(problems).extracting(FormatProblem::toString)
                .anyMatch(p -> p.startsWith("ledger/2017.yaml:") && p.contains("entries[0].waitDays: give waitDays, or "
                        + "noAppointments: true"))
                .anyMatch(p -> p.startsWith("ledger/2017.yaml:") && p.contains("entries[1].noAppointments: give either"));
    }

    @Test
    void a_visa_wait_of_no_appointments_reads_without_days() throws IOException {
        List<FormatProblem> problems = read("""
                entries:
                  - id: no-appointments
                    type: visa-wait-reported
                    actor: US
                    target: RU
                    occurredOn: 2017-10
                    post: U.S. Embassy Moscow
                    visaClass: nonimmigrant
                    noAppointments: true
                    reportedBy: RIA Novosti
                """ + SOURCE);
        assertThat(problems).isEmpty();
    }
}
