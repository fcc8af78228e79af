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

    private static String definitions(String missionExtra) {
        return """
                dyad: us-ru
                countries:
                  - { code: US, name: United States }
                  - { code: RU, name: Russia }
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
}
