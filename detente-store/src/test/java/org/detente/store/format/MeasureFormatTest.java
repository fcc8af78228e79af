package org.detente.store.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.detente.ledger.Entry;
import org.detente.ledger.MeasureType;
import org.detente.model.DatePrecision;
import org.detente.model.HistoricalDate;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The format descriptor says what the codec does: for a sample of every measure type, the
 * encoder writes only described fields, every field the descriptor says is always written, values
 * of the described JSON type within the allowed codes; and the decoder refuses the entry without
 * each required field and accepts it without each optional one.
 */
class MeasureFormatTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void every_measure_type_has_a_format_with_described_fields() {
        assertThat(MeasureFormat.all()).extracting(MeasureFormat::type).containsExactly(MeasureType.values());
        for (MeasureFormat format : MeasureFormat.all()) {
            assertThat(format.description()).as(format.type().code()).isNotBlank();
            assertThat(format.names()).as(format.type().code()).hasSize(format.fields().size());
        }
    }

    @TestFactory
    Stream<DynamicTest> the_encoder_writes_what_the_format_describes() {
        return Stream.of(MeasureType.values()).map(type -> DynamicTest.dynamicTest(type.code(), () -> {
            MeasureFormat format = MeasureFormat.of(type);
            Map<String, Object> written = EntryCodec.measureFields(EveryMeasure.of(type));

            assertThat(format.names()).as("fields of " + type.code()).containsAll(written.keySet());
            matches(format.fields(), written, type.code());
        }));
    }

    @TestFactory
    Stream<DynamicTest> the_decoder_requires_exactly_the_required_fields() {
        return Stream.of(MeasureType.values()).map(type -> DynamicTest.dynamicTest(type.code(), () -> {
            Entry entry = EveryMeasure.entry("e-" + type.code(), HistoricalDate.parse("2025-05-01"),
                    EveryMeasure.of(type));
            Map<String, Object> body = EntryCodec.encode(entry, false);
            assertThat(decode(body)).as("the sample itself").isEmpty();

            for (FieldFormat field : MeasureFormat.of(type).fields()) {
                if (!body.containsKey(field.name())) {
                    continue;
                }
                Map<String, Object> without = new LinkedHashMap<>(body);
                without.remove(field.name());
                List<FormatProblem> problems = decode(without);
                if (MeasureFormat.of(type).exactlyOneOf().contains(field.name())) {
                    assertThat(problems).as(type.code() + " without " + field.name() + ", the one of "
                                    + MeasureFormat.of(type).exactlyOneOf() + " given")
                            .anySatisfy(p -> assertThat(MeasureFormat.of(type).exactlyOneOf()).contains(p.field()));
                } else if (field.presence() == FieldFormat.Presence.REQUIRED) {
                    assertThat(problems).as(type.code() + " without " + field.name())
                            .anySatisfy(p -> assertThat(p.field()).isEqualTo(field.name()));
                } else {
                    assertThat(problems).as(type.code() + " without " + field.name()).isEmpty();
                }
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> the_decoder_refuses_two_fields_of_which_exactly_one_is_given() {
        return Stream.of(MeasureType.values()).filter(type -> !MeasureFormat.of(type).exactlyOneOf().isEmpty())
                .map(type -> DynamicTest.dynamicTest(type.code(), () -> {
                    Map<String, Object> body = new LinkedHashMap<>(EntryCodec.encode(EveryMeasure.entry(
                            "e-" + type.code(), HistoricalDate.parse("2025-05-01"), EveryMeasure.of(type)), false));
                    for (String name : MeasureFormat.of(type).exactlyOneOf()) {
                        FieldFormat field = MeasureFormat.of(type).field(name).orElseThrow();
                        body.putIfAbsent(name, field.type() == FieldFormat.ValueType.BOOLEAN ? (Object) true : 1);
                    }
                    assertThat(decode(body)).as(type.code() + " with all of " + MeasureFormat.of(type).exactlyOneOf())
                            .anySatisfy(p -> assertThat(MeasureFormat.of(type).exactlyOneOf()).contains(p.field()));
                }));
    }

    @Test
    void a_field_the_format_does_not_describe_is_refused() throws Exception {
        Entry entry = EveryMeasure.entry("e-x", EveryMeasure.date(2016, DatePrecision.DAY),
                EveryMeasure.of(MeasureType.STAFF_EXPELLED));
        Map<String, Object> body = new LinkedHashMap<>(EntryCodec.encode(entry, false));
        body.put("cap", 3);

        assertThat(decode(body)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("cap");
            assertThat(p.message()).contains("unknown field").contains("category").contains("count").contains("mission")
                    .doesNotContain("cap");
        });
    }

    private static List<FormatProblem> decode(Map<String, Object> body) throws Exception {
        List<FormatProblem> problems = new ArrayList<>();
        Optional<Entry> decoded = EntryCodec.decode(TreeParser.strictJson(JSON.writeValueAsString(body)),
                EveryMeasure.US_RU, EntryCodec.Mode.REQUEST, "editor", "body", "", problems);
        assertThat(decoded.isPresent()).isEqualTo(problems.isEmpty());
        return problems;
    }

    /** Every written value has its field's type and allowed code; every always-written field is there. */
    @SuppressWarnings("unchecked")
    private static void matches(List<FieldFormat> fields, Map<String, Object> written, String where) {
        for (FieldFormat field : fields) {
            String at = where + "." + field.name();
            if (field.presence().alwaysWritten()) {
                assertThat(written).as(at + " is always written").containsKey(field.name());
            }
            Object value = written.get(field.name());
            if (value == null) {
                continue;
            }
            assertThat(jsonType(value)).as(at + " type").isIn(field.type().jsonType(),
                    field.type() == FieldFormat.ValueType.NUMBER ? "integer" : field.type().jsonType());
            if (!field.allowed().isEmpty()) {
                assertThat(field.allowed()).as(at + " allowed").contains((String) value);
            }
            if (field.type().minimum() != null) {
                assertThat(((Number) value).longValue()).as(at + " minimum").isGreaterThanOrEqualTo(field.type().minimum());
            }
            if (value instanceof List<?> items) {
                assertThat(items).as(at + " items").allSatisfy(item -> assertThat(item).isInstanceOf(String.class));
            }
            if (value instanceof Map<?, ?> nested) {
                assertThat(field.fieldNames()).as(at + " fields").containsAll((java.util.Set<String>) nested.keySet());
                matches(field.fields(), (Map<String, Object>) nested, at);
            }
        }
    }

    private static String jsonType(Object value) {
        if (value instanceof String) {
            return "string";
        }
        if (value instanceof Integer || value instanceof Long) {
            return "integer";
        }
        if (value instanceof Number) {
            return "number";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        if (value instanceof List<?>) {
            return "array";
        }
        if (value instanceof Map<?, ?>) {
            return "object";
        }
        return value.getClass().getName();
    }
}
