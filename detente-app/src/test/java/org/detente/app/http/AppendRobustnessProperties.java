package org.detente.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.detente.testkit.EntryBodies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Throws arbitrary text, arbitrary JSON and valid entries with one field replaced by arbitrary
 * JSON at the append route: no answer is a 500, every refusal is a problem+json 4xx, and a
 * refused request leaves the ledger as it was.
 */
class AppendRobustnessProperties {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FIELDS = List.of("id", "type", "actor", "target", "occurredOn", "count",
            "category", "mission", "sources", "respondsTo", "confidence", "note", "cap", "total", "diplomatic",
            "restriction", "kind", "description", "channel", "level", "monthlyCapacity", "venue", "tracks", "holds",
            "retracts", "reason", "dyad", "sequence", "author", "recordedAt");
    private static ApiFixture api;

    @BeforeAll
    static void start() {
        api = ApiFixture.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void arbitrary_text_is_never_a_server_error_and_never_changes_the_ledger() {
        qt().withExamples(300).forAll(text()).checkAssert(AppendRobustnessProperties::assertRefusedOrStored);
    }

    @Test
    void arbitrary_json_is_never_a_server_error_and_never_changes_the_ledger() {
        qt().withExamples(300).forAll(json()).checkAssert(AppendRobustnessProperties::assertRefusedOrStored);
    }

    @Test
    void a_valid_entry_with_one_field_set_to_arbitrary_json_is_refused_cleanly_or_stored() {
        qt().withExamples(500).forAll(mutatedEntries()).checkAssert(AppendRobustnessProperties::assertRefusedOrStored);
    }

    private static void assertRefusedOrStored(String body) {
        long before = api.ledgerSize();

        ApiFixture.Response response = api.post("/api/dyads/us-ru/ledger", body, ApiFixture.bearer(ApiFixture.EDITOR));

        assertThat(response.status()).as(body).isLessThan(500);
        if (response.status() == 201) {
            assertThat(api.ledgerSize()).isEqualTo(before + 1);
        } else {
            assertThat(response.status()).as(body).isBetween(400, 499);
            assertThat(response.isProblem()).isTrue();
            assertThat(response.json().get("errors").isArray()).isTrue();
            assertThat(api.ledgerSize()).as(body).isEqualTo(before);
        }
    }

    /** Any text up to 200 characters, or up to 60 of the characters JSON is made of. */
    private static Gen<String> text() {
        return Generate.oneOf(strings().allPossible().ofLengthBetween(0, 200),
                stringsOf("{}[]\":,0123456789-.eEtruefalsn \n\\", 60));
    }

    private static Gen<String> json() {
        return value(4);
    }

    /** A valid expulsion with one field, present or not, replaced by or set to a JSON value two levels deep. */
    private static Gen<String> mutatedEntries() {
        return Generate.pick(FIELDS).zip(value(2), integers().between(1, 40), (field, value, count) -> {
            String entry = EntryBodies.expulsion(count, "2025-05-0" + (1 + count % 9));
            return entry.contains("\"" + field + "\":")
                    ? entry.replaceFirst("\"" + field + "\": [^,\\n]+", "\"" + field + "\": " + quoteReplacement(value))
                    : EntryBodies.withField(entry, field, value);
        });
    }

    private static String quoteReplacement(String value) {
        return java.util.regex.Matcher.quoteReplacement(value);
    }

    /** Strings of up to {@code maxLength} characters drawn from {@code alphabet}. */
    private static Gen<String> stringsOf(String alphabet, int maxLength) {
        List<Character> chars = alphabet.chars().mapToObj(c -> (char) c).toList();
        return lists().of(Generate.pick(chars)).ofSizeBetween(0, maxLength)
                .map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining()));
    }

    /** A JSON value nested up to {@code depth} levels: scalars three times in six, arrays once, objects twice. */
    private static Gen<String> value(int depth) {
        Gen<String> scalar = Generate.oneOf(
                strings().allPossible().ofLengthBetween(0, 40).map(AppendRobustnessProperties::quote),
                Generate.pick(List.of("\"2025-05-01\"", "\"2025-02\"", "\"2025\"", "\"0000-00-00\"", "\"US\"", "\"RU\"",
                        "\"us\"", "\"staff-expelled\"", "\"retraction\"", "\"talks-held\"", "\"high\"", "\"\"", "\" \"",
                        "\"https://example.org\"", "\"not a url\"", "\"us-embassy-moscow\"")),
                longs().all().map(l -> Long.toString(l)),
                Generate.pick(List.of("0", "-1", "1e400", "-0", "1.5", "99999999999999999999", "true", "false", "null")));
        if (depth == 0) {
            return scalar;
        }
        Gen<String> inner = value(depth - 1);
        Gen<String> array = lists().of(inner).ofSizeBetween(0, 3).map(items -> "[" + String.join(",", items) + "]");
        Gen<String> key = Generate.oneOf(Generate.pick(FIELDS), Generate.pick(List.of("url", "title", "publisher", "date")),
                stringsOf("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", 8));
        // Up to four keys, none twice: a repeated key is dropped.
        Gen<List<String>> keys = lists().of(key).ofSizeBetween(0, 4).map(ks -> List.copyOf(new LinkedHashSet<>(ks)));
        Gen<String> object = keys.zip(lists().of(inner).ofSize(4), (ks, values) -> {
            StringBuilder out = new StringBuilder("{");
            for (int i = 0; i < ks.size(); i++) {
                out.append(i == 0 ? "" : ",").append(quote(ks.get(i))).append(':').append(values.get(i));
            }
            return out.append('}').toString();
        });
        return Generate.frequency(Pair.of(3, scalar), Pair.of(1, array), Pair.of(2, object));
    }

    private static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

}
