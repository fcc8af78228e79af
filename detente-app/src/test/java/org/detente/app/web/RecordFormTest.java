package org.detente.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.detente.app.service.BundledWorkspace;
import org.detente.ledger.Entry;
import org.detente.ledger.MeasureType;
import org.detente.ledger.TalksAnnounced;
import org.detente.model.DyadDefinition;
import org.detente.store.format.EntryCodec;
import org.detente.store.format.FieldFormat;
import org.detente.store.format.FormatProblem;
import org.detente.store.format.MeasureFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The record form asks for each entry type's fields as its format describes them. */
class RecordFormTest {
    private static DyadDefinition definition;

    @BeforeAll
    static void loadTheBundledDyad() {
        definition = new BundledWorkspace().dyad("us-ru").definition();
    }

    @Test
    void every_type_but_retraction_asks_for_its_described_fields_required_as_described() {
        for (MeasureType type : MeasureType.values()) {
            if (type == MeasureType.RETRACTION) {
                continue;
            }
            MeasureFormat format = MeasureFormat.of(type);
            List<RecordPage.Field> fields = RecordPresenter.typeFields(type, definition, Map.of(), Map.of());
            List<String> flat = format.fields().stream().filter(f -> f.type() != FieldFormat.ValueType.MAPPING)
                    .map(FieldFormat::name).toList();

            assertThat(fields).extracting(RecordPage.Field::name).as(type.code()).containsExactlyInAnyOrderElementsOf(flat);
            for (RecordPage.Field field : fields) {
                assertThat(field.required()).as(type.code() + "." + field.name())
                        .isEqualTo(format.field(field.name()).orElseThrow().presence() == FieldFormat.Presence.REQUIRED);
            }
        }
    }

    @Test
    void a_type_without_a_hand_made_layout_is_recorded_from_its_described_fields() {
        List<RecordPage.Field> fields = RecordPresenter.typeFields(MeasureType.TALKS_ANNOUNCED, definition, Map.of(),
                Map.of());
        RecordPage.Field format = fields.stream().filter(f -> f.name().equals("format")).findFirst().orElseThrow();
        assertThat(format.kind()).isEqualTo("select");
        assertThat(format.options()).extracting(LedgerPage.Option::value).contains("summit", "round");

        Map<String, String> form = new LinkedHashMap<>();
        form.put("actor", "US");
        form.put("target", "RU");
        form.put("occurredOn", "2025-10-16");
        form.put("venue", "Budapest");
        form.put("format", "summit");
        form.put("plannedFor", "2025-11");
        form.put("tracks", "diplomatic-relations\n");
        form.put("sources[0].url", "https://example.org/budapest");
        form.put("sources[0].title", "A summit in Budapest");
        form.put("sources[0].publisher", "Example");
        form.put("sources[0].date", "2025-10-16");
        List<FormatProblem> problems = new ArrayList<>();

        Optional<Entry> entry = EntryCodec.decode(RecordPresenter.document(MeasureType.TALKS_ANNOUNCED, form, definition),
                definition.dyad(), EntryCodec.Mode.REQUEST, "eve", "form", "", problems);

        assertThat(problems).isEmpty();
        TalksAnnounced announced = (TalksAnnounced) entry.orElseThrow().measure();
        assertThat(announced.venue()).isEqualTo("Budapest");
        assertThat(announced.format().name()).isEqualTo("SUMMIT");
        assertThat(announced.plannedFor().orElseThrow().toString()).isEqualTo("2025-11");
        assertThat(announced.tracks()).extracting(t -> t.value()).containsExactly("diplomatic-relations");
    }
}
