package org.detente.store.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.detente.ledger.Entry;
import org.detente.ledger.MeasureType;
import org.detente.model.DatePrecision;
import org.detente.model.HistoricalDate;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.Yaml;

/**
 * Whatever the codec accepts, the store can read back: every measure type at every date
 * precision, in the years at the edges of the range, through the JSON the database keeps and the
 * YAML an export writes. Exhaustive rather than sampled: the space is small (32 types × 3
 * precisions × 10 years), and the case that broke a ledger — a year-only date before 1000 — is in it.
 */
class StoredEntryRoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> every_measure_type_at_every_precision_reads_back_equal_from_json_and_yaml() {
        List<DynamicTest> tests = new ArrayList<>();
        for (MeasureType type : MeasureType.values()) {
            for (DatePrecision precision : DatePrecision.values()) {
                tests.add(DynamicTest.dynamicTest(type.code() + " at " + precision + " precision", () -> {
                    for (int year : EveryMeasure.EDGE_YEARS) {
                        Entry entry = EveryMeasure.entry("e-" + type.code() + "-" + year,
                                EveryMeasure.date(year, precision), EveryMeasure.of(type)).withSequence(year);
                        assertThat(throughJson(entry)).isEqualTo(entry);
                        assertThat(throughYaml(entry)).isEqualTo(entry);
                    }
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void a_year_before_1000_is_written_with_four_digits_and_parses_back() {
        HistoricalDate year = HistoricalDate.parse("0999");

        assertThat(year.toString()).isEqualTo("0999");
        assertThat(HistoricalDate.parse(year.toString())).isEqualTo(year);
    }

    @Test
    void year_zero_is_refused_where_the_entry_comes_in_instead_of_stored() {
        List<FormatProblem> problems = new ArrayList<>();
        Entry valid = EveryMeasure.entry("e-zero", EveryMeasure.date(2025, DatePrecision.YEAR),
                EveryMeasure.of(MeasureType.STATEMENT));
        String body;
        try {
            body = JSON.writeValueAsString(EntryCodec.encode(valid, false)).replace("\"2025\"", "\"0000\"");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }

        Optional<Entry> decoded = EntryCodec.decode(TreeParser.json(body), EveryMeasure.US_RU,
                EntryCodec.Mode.REQUEST, "editor", "body", "", problems);

        assertThat(decoded).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("occurredOn");
            assertThat(p.message()).contains("0000").contains("0001 to 9999");
        });
    }

    private static Entry throughJson(Entry entry) throws Exception {
        String stored = JSON.writeValueAsString(EntryCodec.encode(entry, true));
        return decoded(TreeParser.json(stored));
    }

    private static Entry throughYaml(Entry entry) {
        String exported = new Yaml().dump(EntryCodec.encode(entry, true));
        return decoded(TreeParser.yaml(exported));
    }

    private static Entry decoded(Tree tree) {
        List<FormatProblem> problems = new ArrayList<>();
        Optional<Entry> decoded = EntryCodec.decode(tree, EveryMeasure.US_RU, EntryCodec.Mode.EXPORT, "unknown",
                "test", "", problems);
        assertThat(problems).isEmpty();
        return decoded.orElseThrow();
    }
}
