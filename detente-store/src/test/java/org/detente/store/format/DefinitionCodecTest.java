package org.detente.store.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.detente.model.Confidence;
import org.detente.model.DyadDefinition;
import org.detente.model.Mission;
import org.junit.jupiter.api.Test;

class DefinitionCodecTest {
    private static final String SOURCE = """
                sources:
                  - { url: "https://example.org/a", title: A, publisher: Example, date: 2016-12-31 }
            """;

    private static final String HEADER = """
                dyad: us-ru
                countries:
                  - { code: US, name: United States }
                  - { code: RU, name: Russia }
                """;

    private static String definitions(String missionExtra) {
        return HEADER + """
                missions:
                  - id: ru-compound-new-york
                    sending: RU
                    host: US
                    kind: other-premises
                    city: Upper Brookville
                    name: Russian compound on Long Island
                    since: 1952
                    status: operational
                """ + SOURCE + missionExtra + """
                  - id: ru-cg-new-york
                    sending: RU
                    host: US
                    kind: consulate-general
                    city: New York
                    name: Consulate General of Russia in New York
                    since: 2016
                    status: operational
                """ + SOURCE;
    }

    private static DyadDefinition decode(String yaml, List<FormatProblem> problems) {
        return DefinitionCodec.decode(TreeParser.yaml(yaml), "dyad.yaml", problems).orElse(null);
    }

    @Test
    void a_definition_says_how_sure_its_baseline_is_and_why_and_keeps_it_through_encoding() throws Exception {
        List<FormatProblem> problems = new ArrayList<>();
        DyadDefinition definition = decode(definitions("""
                    confidence: medium
                    note: Reports differ on the year of purchase (1952 or 1954).
                """), problems);

        assertThat(problems).isEmpty();
        Mission doubtful = definition.missions().get(0);
        Mission confirmed = definition.missions().get(1);
        assertThat(doubtful.confidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(doubtful.note()).isEqualTo("Reports differ on the year of purchase (1952 or 1954).");
        assertThat(confirmed.confidence()).isEqualTo(Confidence.HIGH);
        assertThat(confirmed.note()).isEmpty();

        Map<String, Object> encoded = DefinitionCodec.encode(definition);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> missions = (List<Map<String, Object>>) encoded.get("missions");
        assertThat(missions.get(0)).containsEntry("confidence", "medium").containsKey("note");
        assertThat(missions.get(1)).doesNotContainKeys("confidence", "note");
        List<FormatProblem> again = new ArrayList<>();
        Tree written = TreeParser.json(new ObjectMapper().writeValueAsString(encoded));
        assertThat(DefinitionCodec.decode(written, "backup", again)).contains(definition);
        assertThat(again).isEmpty();
    }

    @Test
    void an_unknown_confidence_is_reported_at_its_line_and_field() {
        List<FormatProblem> problems = new ArrayList<>();
        DyadDefinition definition = decode(definitions("""
                    confidence: unsure
                """), problems);

        assertThat(definition).isNull();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("dyad.yaml");
            assertThat(p.line()).isEqualTo(16);
            assertThat(p.field()).isEqualTo("missions[0].confidence");
            assertThat(p.message()).contains("unsure").contains("medium");
        });
    }

    private static String channel(String since) {
        return HEADER + """
                channels:
                  - id: legislatures
                    level: legislature
                    topic: parliamentary-contacts
                    between: U.S. Congress and the Federal Assembly
                """ + since + """
                    status: suspended
                """ + SOURCE;
    }

    @Test
    void a_baseline_whose_start_no_source_gives_is_unknown_and_keeps_only_the_date_a_source_attests_it()
            throws Exception {
        List<FormatProblem> problems = new ArrayList<>();
        DyadDefinition definition = decode(channel("""
                    since: unknown
                    attested: 2025-03
                """), problems);

        assertThat(problems).isEmpty();
        assertThat(definition.channels()).singleElement().satisfies(c -> {
            assertThat(c.startUnknown()).isTrue();
            assertThat(c.since()).hasToString("2025-03");
        });
        Map<String, Object> encoded = DefinitionCodec.encode(definition);
        @SuppressWarnings("unchecked")
        Map<String, Object> written = ((List<Map<String, Object>>) encoded.get("channels")).get(0);
        assertThat(written).containsEntry("since", "unknown").containsEntry("attested", "2025-03");
        assertThat(List.copyOf(written.keySet())).containsSubsequence("between", "since", "attested", "status");
        List<FormatProblem> again = new ArrayList<>();
        assertThat(DefinitionCodec.decode(TreeParser.json(new ObjectMapper().writeValueAsString(encoded)), "backup",
                again)).contains(definition);
        assertThat(again).isEmpty();
    }

    @Test
    void an_unknown_start_needs_the_attested_date_and_a_known_start_refuses_one() {
        List<FormatProblem> missing = new ArrayList<>();
        assertThat(decode(channel("""
                    since: unknown
                """), missing)).isNull();
        assertThat(missing).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("channels[0].attested");
            assertThat(p.message()).contains("required when since is unknown");
        });

        List<FormatProblem> both = new ArrayList<>();
        assertThat(decode(channel("""
                    since: 2017
                    attested: 2025-03
                """), both)).isNull();
        assertThat(both).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("channels[0].attested");
            assertThat(p.message()).contains("only for since: unknown");
        });
    }

    @Test
    void a_track_without_goals_says_why_and_keeps_it_through_encoding() throws Exception {
        DyadDefinition usRu = org.detente.store.dataset.BundledDatasets.read("us-ru").definition();
        org.detente.model.Track global = usRu.track(org.detente.model.TrackId.of("global-issues")).orElseThrow();

        assertThat(global.whyNoGoals()).startsWith("Neither the seed nor the reporting the ledger holds names a measurable goal");
        assertThat(usRu.track(org.detente.model.TrackId.of("sanctions")).orElseThrow().whyNoGoals()).isEmpty();
        Map<String, Object> encoded = DefinitionCodec.encode(usRu);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> tracks = (List<Map<String, Object>>) encoded.get("tracks");
        assertThat(tracks).filteredOn(t -> t.containsKey("whyNoGoals")).extracting(t -> t.get("id"))
                .containsExactly("global-issues");
        List<FormatProblem> again = new ArrayList<>();
        Tree written = TreeParser.json(new ObjectMapper().writeValueAsString(encoded));
        assertThat(DefinitionCodec.decode(written, "backup", again)).contains(usRu);
        assertThat(again).isEmpty();
    }
}
