package org.detente.store.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.detente.ledger.Corroboration;
import org.detente.ledger.Entry;
import org.detente.ledger.StaffLevelReported;
import org.detente.ledger.TalksHeld;
import org.detente.model.FigureBound;
import org.detente.model.MissionScope;
import org.detente.model.StaffCounted;
import org.detente.model.TalksFormat;
import org.detente.state.Projector;
import org.detente.store.format.EntryCodec;
import org.detente.store.format.FormatProblem;
import org.detente.store.format.Tree;
import org.detente.store.format.TreeParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fields that let the record say what the sources say, read from a dataset folder: staff
 * figures with their scope, talks with format and length, contested entries, sources with the hour
 * of publication, and the wrong values each one refuses with file, line and field.
 */
class RecordFieldsTest {
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
              - id: us-embassy-moscow
                sending: US
                host: RU
                kind: embassy
                city: Moscow
                name: Embassy of the United States in Moscow
                since: 1933
                status: operational
                visaIssuance: full
                sources:
                  - { url: "https://example.org/moscow", title: Moscow, publisher: Example, date: 2017-09-01 }
            """;

    @TempDir
    Path folder;

    private Optional<Dataset> read(String ledger, List<FormatProblem> problems) throws IOException {
        Files.writeString(folder.resolve("dyad.yaml"), DYAD);
        Files.createDirectories(folder.resolve("ledger"));
        Files.writeString(folder.resolve("ledger/2025.yaml"), ledger);
        return DatasetReader.read(folder, problems);
    }

    private static final String TALKS = """
            entries:
              - id: 2025-04-10-istanbul
                type: talks-held
                actor: US
                target: RU
                occurredOn: 2025-04-10
                venue: Istanbul
                format: round
                durationHours: 6.5
                tracks: [diplomatic-relations]
                sources:
                  - { url: "https://example.org/evening", title: Outcome, publisher: Reuters, date: "2025-04-10T18:30:00Z" }
                  - { url: "https://example.org/tass", title: Итоги, publisher: TASS, date: 2025-04-11, language: ru }
              - id: 2021-10-ru-staff
                type: staff-level-reported
                actor: RU
                target: US
                occurredOn: 2021-10
                total: 200
                scope: { missions: bilateral, staff: all-staff }
                reportedBy: Russian Embassy
                bound: at-most
                contested:
                  claimedBy: Russian Embassy
                  disputedBy: a U.S. official
                  note: The U.S. official counted the mission to the UN as well and gave just over 400.
                  sources:
                    - { url: "https://example.org/official", title: Official, publisher: The Washington Post, date: 2021-10-05 }
                sources:
                  - { url: "https://example.org/embassy", title: Embassy, publisher: Russian Embassy in the USA, date: 2021-10-03 }
            """;

    @Test
    void as_known_at_noon_the_ledger_does_not_yet_know_the_evening_outcome() throws IOException {
        List<FormatProblem> problems = new ArrayList<>();
        Dataset dataset = read(TALKS, problems).orElseThrow();
        assertThat(problems).isEmpty();

        Entry talks = dataset.entries().stream().filter(e -> e.id().value().equals("2025-04-10-istanbul")).findFirst()
                .orElseThrow();
        assertThat(talks.recordedAt()).isEqualTo(Instant.parse("2025-04-10T18:30:00Z"));
        TalksHeld held = (TalksHeld) talks.measure();
        assertThat(held.format()).contains(TalksFormat.ROUND);
        assertThat(held.durationHours()).hasValue(6.5);
        assertThat(talks.sources().get(1).language()).isEqualTo("ru");
        assertThat(talks.corroboration().standing()).isEqualTo(Corroboration.Standing.CORROBORATED);

        Projector projector = Projector.of(dataset.definition(), dataset.entries());
        LocalDate day = LocalDate.of(2025, 4, 10);
        assertThat(projector.stateAsOf(day, Optional.of(Instant.parse("2025-04-10T12:00:00Z"))).talks()).isEmpty();
        assertThat(projector.stateAsOf(day, Optional.of(Instant.parse("2025-04-10T19:00:00Z"))).talks()).hasSize(1);
    }

    @Test
    void a_staff_figure_keeps_its_scope_its_reporter_and_its_dispute_through_a_round_trip() throws IOException {
        List<FormatProblem> problems = new ArrayList<>();
        Dataset dataset = read(TALKS, problems).orElseThrow();
        Entry report = dataset.entries().stream().filter(e -> e.id().value().equals("2021-10-ru-staff")).findFirst()
                .orElseThrow();

        StaffLevelReported figure = (StaffLevelReported) report.measure();
        assertThat(figure.scope()).hasValueSatisfying(scope -> {
            assertThat(scope.missions()).isEqualTo(MissionScope.BILATERAL);
            assertThat(scope.staff()).isEqualTo(StaffCounted.ALL_STAFF);
        });
        assertThat(figure.reportedBy()).isEqualTo("Russian Embassy");
        assertThat(figure.bound()).isEqualTo(FigureBound.AT_MOST);
        assertThat(report.contested()).hasValueSatisfying(c -> assertThat(c.disputedBy()).isEqualTo("a U.S. official"));
        assertThat(report.corroboration().standing()).isEqualTo(Corroboration.Standing.CONTESTED);

        Map<String, Object> shape = EntryCodec.encode(report, true);
        Tree tree = TreeParser.json(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(shape));
        List<FormatProblem> again = new ArrayList<>();
        Optional<Entry> back = EntryCodec.decode(tree, report.dyad(), EntryCodec.Mode.EXPORT, "nobody", "export.json",
                "", again);
        assertThat(again).isEmpty();
        assertThat(back).contains(report);
    }

    @Test
    void a_scope_that_is_not_one_of_the_three_is_refused_with_its_line_and_field() throws IOException {
        List<FormatProblem> problems = new ArrayList<>();
        Optional<Dataset> dataset = read("""
                entries:
                  - id: bad-scope
                    type: staff-level-reported
                    actor: RU
                    target: US
                    occurredOn: 2021-10
                    total: 200
                    scope: { missions: consulates, staff: all-staff }
                    bound: roughly
                    sources:
                      - { url: "https://example.org/embassy", title: Embassy, publisher: Example, date: 2021-10-03 }
                  - id: bad-talks
                    type: talks-held
                    actor: US
                    target: RU
                    occurredOn: 2025-04-10
                    venue: Istanbul
                    durationHours: six
                    sources:
                      - { url: "https://example.org/a", title: A, publisher: Example, date: "2025-04-10T25:00:00Z" }
                """, problems);

        assertThat(dataset).isEmpty();
        assertThat(problems).extracting(FormatProblem::field).contains("entries[0].scope.missions",
                "entries[0].bound", "entries[1].durationHours", "entries[1].sources[0].date");
        assertThat(problems).allSatisfy(p -> assertThat(p.file()).endsWith("2025.yaml"));
    }
}
