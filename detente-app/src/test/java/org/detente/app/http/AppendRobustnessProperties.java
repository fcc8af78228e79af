package org.detente.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

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

    @BeforeContainer
    static void start() {
        api = ApiFixture.start();
    }

    @AfterContainer
    static void stop() {
        api.close();
    }

    @Property(tries = 300)
    void arbitrary_text_is_never_a_server_error_and_never_changes_the_ledger(@ForAll("text") String body) {
        assertRefusedOrStored(body);
    }

    @Property(tries = 300)
    void arbitrary_json_is_never_a_server_error_and_never_changes_the_ledger(@ForAll("json") String body) {
        assertRefusedOrStored(body);
    }

    @Property(tries = 500)
    void a_valid_entry_with_one_field_set_to_arbitrary_json_is_refused_cleanly_or_stored(
            @ForAll("mutatedEntries") String body) {
        assertRefusedOrStored(body);
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

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(200),
                Arbitraries.strings().withChars("{}[]\":,0123456789-.eEtruefalsn \n\\").ofMaxLength(60));
    }

    @Provide
    Arbitrary<String> json() {
        return value(4);
    }

    @Provide
    Arbitrary<String> mutatedEntries() {
        return Combinators.combine(Arbitraries.of(FIELDS).injectDuplicates(0.1), value(2), Arbitraries.integers().between(1, 40))
                .as((field, value, count) -> {
                    String entry = Entries.expulsion(count, "2025-05-0" + (1 + count % 9));
                    return entry.contains("\"" + field + "\":")
                            ? entry.replaceFirst("\"" + field + "\": [^,\\n]+", "\"" + field + "\": " + quoteReplacement(value))
                            : Entries.withField(entry, field, value);
                });
    }

    private static String quoteReplacement(String value) {
        return java.util.regex.Matcher.quoteReplacement(value);
    }

    private static Arbitrary<String> value(int depth) {
        Arbitrary<String> scalar = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40).map(AppendRobustnessProperties::quote),
                Arbitraries.of("\"2025-05-01\"", "\"2025-02\"", "\"2025\"", "\"0000-00-00\"", "\"US\"", "\"RU\"", "\"us\"",
                        "\"staff-expelled\"", "\"retraction\"", "\"talks-held\"", "\"high\"", "\"\"", "\" \"",
                        "\"https://example.org\"", "\"not a url\"", "\"us-embassy-moscow\"").map(s -> s),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.of("0", "-1", "1e400", "-0", "1.5", "99999999999999999999", "true", "false", "null"));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<String> inner = value(depth - 1);
        Arbitrary<String> array = inner.list().ofMaxSize(3).map(items -> "[" + String.join(",", items) + "]");
        Arbitrary<String> object = Combinators.combine(
                Arbitraries.oneOf(Arbitraries.of(FIELDS), Arbitraries.of("url", "title", "publisher", "date"),
                        Arbitraries.strings().alpha().ofMaxLength(8)).list().ofMaxSize(4).uniqueElements(),
                inner.list().ofSize(4))
                .as((keys, values) -> {
                    StringBuilder out = new StringBuilder("{");
                    for (int i = 0; i < keys.size(); i++) {
                        out.append(i == 0 ? "" : ",").append(quote(keys.get(i))).append(':').append(values.get(i));
                    }
                    return out.append('}').toString();
                });
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, scalar), net.jqwik.api.Tuple.of(1, array),
                net.jqwik.api.Tuple.of(2, object));
    }

    private static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

}
