package org.detente.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.detente.ledger.MeasureType;
import org.detente.store.format.MeasureFormat;
import org.detente.testkit.EntryBodies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real responses of a running server hold to the schemas of the document it serves: validated by
 * a JSON Schema validator (OpenAPI 3.0 dialect), and with no field that the schema does not
 * declare, so a schema cannot pass by saying too little.
 */
class ResponseContractTest {
    private static final String DOCUMENT = "https://detente.invalid/api/openapi.json";
    private static final String EXPULSION_2016 = "2016-12-29-us-expels-35-russian-diplomats";
    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper();
    private static ApiFixture api;
    private static JsonNode document;
    private static SchemaRegistry registry;

    @BeforeAll
    static void start() {
        api = ApiFixture.start();
        ApiFixture.Response served = api.get("/api/openapi.json");
        document = served.json();
        registry = SchemaRegistry.withDialect(Dialects.getOpenApi30(),
                builder -> builder.schemas(Map.of(DOCUMENT, served.body())));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void entry_is_a_union_over_its_type_with_one_schema_per_measure_type_from_the_codecs_format() {
        JsonNode schemas = document.get("components").get("schemas");
        JsonNode entry = schemas.get("Entry");
        JsonNode mapping = entry.get("discriminator").get("mapping");

        assertThat(entry.get("discriminator").get("propertyName").asText()).isEqualTo("type");
        assertThat(entry.get("oneOf")).hasSize(MeasureType.values().length);
        for (MeasureType type : MeasureType.values()) {
            String ref = mapping.get(type.code()).asText();
            JsonNode variant = schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
            assertThat(variant.get("allOf").get(0).get("$ref").asText()).isEqualTo("#/components/schemas/EntryBase");
            JsonNode own = variant.get("allOf").get(1);
            Set<String> properties = new HashSet<>();
            own.get("properties").fieldNames().forEachRemaining(properties::add);
            Set<String> described = new HashSet<>(MeasureFormat.of(type).names());
            described.add("type");
            assertThat(properties).as(type.code()).isEqualTo(described);
            assertThat(own.get("properties").get("type").get("enum")).singleElement()
                    .satisfies(code -> assertThat(code.asText()).isEqualTo(type.code()));
        }
        assertThat(schemas.get("StaffExpelledEntry").get("allOf").get(1).get("required"))
                .extracting(JsonNode::asText).containsExactly("type", "count", "category");
    }

    @Test
    void a_new_entry_is_a_union_over_its_type_too_and_leaves_out_what_the_codec_defaults() {
        JsonNode schemas = document.get("components").get("schemas");
        JsonNode newEntry = schemas.get("NewEntry");
        JsonNode mapping = newEntry.get("discriminator").get("mapping");

        assertThat(newEntry.get("oneOf")).hasSize(MeasureType.values().length);
        for (MeasureType type : MeasureType.values()) {
            String ref = mapping.get(type.code()).asText();
            assertThat(ref).isEqualTo("#/components/schemas/New" + EntrySchemas.name(type));
            JsonNode variant = schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
            assertThat(variant.get("allOf").get(0).get("$ref").asText()).isEqualTo("#/components/schemas/NewEntryBase");
        }
        // category has a default: an append may leave it out, a read always has it
        assertThat(schemas.get("NewStaffExpelledEntry").get("allOf").get(1).get("required"))
                .extracting(JsonNode::asText).containsExactly("type", "count");
    }

    @Test
    void an_append_body_the_api_accepts_matches_new_entry_and_one_it_refuses_for_a_missing_field_does_not() throws Exception {
        JsonNode accepted = MAPPER.readTree(org.detente.testkit.EntryBodies.expulsion(3, "2025-05-20"));
        JsonNode withoutCount = accepted.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) withoutCount).remove("count");
        JsonNode wrongType = accepted.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) wrongType).put("count", "three");

        assertThat(validate(accepted, "NewEntry")).isEmpty();
        assertThat(validate(withoutCount, "NewEntry")).isNotEmpty();
        assertThat(validate(wrongType, "NewEntry")).isNotEmpty();
    }

    @Test
    void reads_match_their_schemas() {
        conforms("/health", "Health");
        conforms("/api/dyads", "DyadList");
        for (String query : List.of("", "?asOf=2016-01-01", "?asOf=2019-06-01", "?asOf=2025-06-01&knownAt=2025-01-01",
                "?asOf=1950-01-01")) {
            conforms("/api/dyads/us-ru/state" + query, "State");
            conforms("/api/dyads/us-ru/roadmap" + query, "Roadmap");
            conforms("/api/dyads/us-ru/gaps" + query, "Gaps");
            conforms("/api/dyads/us-ru/reciprocity" + query, "Reciprocity");
            conforms("/api/dyads/us-ru/pace" + query, "Pace");
        }
        conforms("/api/dyads/us-ru/gaps?officers=2&localStaff=0", "Gaps");
        conforms("/api/dyads/us-ru/gaps?officers=10&localStaff=30&backlog=5000&horizon=12", "Gaps");
        conforms("/api/dyads/us-ru/ledger/" + EXPULSION_2016, "Entry");
        conforms("/api/audit", "AuditList", ApiFixture.bearer(ApiFixture.ADMIN));
        conforms("/api/dyads/us-ru/ledger/no-such-entry", "Problem");
        conforms("/api/dyads/us-ru/state?asOf=yesterday", "Problem");
    }

    @Test
    void the_analyses_of_every_bundled_dyad_match_their_schemas_at_dates_before_and_after_their_first_entries() {
        try (ApiFixture all = ApiFixture.withEveryBundledDataset()) {
            JsonNode dyads = all.get("/api/dyads").json().get("dyads");
            assertThat(dyads.size()).isGreaterThan(1);
            for (JsonNode dyad : dyads) {
                String base = "/api/dyads/" + dyad.get("id").asText();
                for (String query : List.of("", "?asOf=1990-01-01", "?asOf=2016-01-01", "?asOf=2019-06-01")) {
                    for (String[] route : new String[][] {{"/state", "State"}, {"/roadmap", "Roadmap"},
                            {"/gaps", "Gaps"}, {"/reciprocity", "Reciprocity"}, {"/pace", "Pace"}}) {
                        ApiFixture.Response response = all.get(base + route[0] + query);
                        assertThat(response.status()).as(base + route[0] + query + ": " + response.body())
                                .isEqualTo(200);
                        assertConforms(response.json(), route[1], base + route[0] + query);
                    }
                }
                JsonNode page = all.get(base + "/ledger?limit=500").json();
                assertConforms(page, "LedgerPage", base + "/ledger");
            }
        }
    }

    @Test
    void every_entry_of_the_ledger_matches_the_schema_of_its_type_page_by_page() {
        Set<String> types = new HashSet<>();
        String path = "/api/dyads/us-ru/ledger?limit=40";
        int pages = 0;
        while (path != null) {
            JsonNode page = conforms(path, "LedgerPage");
            page.get("entries").forEach(e -> types.add(e.get("type").asText()));
            pages++;
            path = page.get("next").isNull() ? null : "/api/dyads/us-ru/ledger?limit=40&after=" + page.get("next").asLong();
        }

        assertThat(pages).isGreaterThan(1);
        assertThat(types).hasSizeGreaterThan(20);
    }

    @Test
    void writes_and_a_scenario_match_their_schemas() {
        ApiFixture.Response appended = api.post("/api/dyads/us-ru/ledger", EntryBodies.expulsion(3, "2025-05-20"),
                ApiFixture.bearer(ApiFixture.EDITOR));
        assertThat(appended.status()).as(appended.body()).isEqualTo(201);
        assertConforms(appended.json(), "Entry", "POST ledger");

        String scenario = "{\"name\":\"more expulsions\",\"asOf\":\"2025-06-01\",\"entries\":["
                + EntryBodies.expulsion(20, "2025-05-20") + "]}";
        ApiFixture.Response evaluated = api.post("/api/dyads/us-ru/scenarios/evaluate?officers=10&localStaff=30",
                scenario);
        assertThat(evaluated.status()).as(evaluated.body()).isEqualTo(200);
        assertConforms(evaluated.json(), "ScenarioResult", "POST scenarios/evaluate");

        ApiFixture.Response invalid = api.post("/api/dyads/us-ru/ledger", EntryBodies.withField(
                EntryBodies.expulsion(3, "2025-05-20"), "cap", "3"), ApiFixture.bearer(ApiFixture.EDITOR));
        assertThat(invalid.status()).isEqualTo(400);
        assertConforms(invalid.json(), "Problem", "POST ledger, unknown field");
    }

    @Test
    void the_check_fails_on_a_missing_field_a_wrong_type_and_an_undeclared_field() {
        JsonNode expulsion = api.get("/api/dyads/us-ru/ledger/" + EXPULSION_2016).json();
        ObjectNode withoutCount = expulsion.deepCopy();
        withoutCount.remove("count");
        ObjectNode countAsText = expulsion.deepCopy();
        countAsText.put("count", "35");
        ObjectNode undeclared = expulsion.deepCopy();
        undeclared.put("cap", 3);
        ObjectNode state = (ObjectNode) api.get("/api/dyads/us-ru/state").json();
        state.remove("missions");

        assertThat(validate(withoutCount, "Entry")).isNotEmpty();
        assertThat(validate(countAsText, "Entry")).isNotEmpty();
        assertThat(undeclared(undeclared, "#/components/schemas/Entry")).containsExactly("$.cap");
        assertThat(validate(state, "State")).isNotEmpty();
    }

    private static JsonNode conforms(String path, String schema, String... headers) {
        ApiFixture.Response response = api.get(path, headers);
        assertThat(response.status()).as(path + ": " + response.body()).isLessThan(500);
        JsonNode body = response.json();
        assertConforms(body, schema, path);
        return body;
    }

    private static void assertConforms(JsonNode body, String schema, String what) {
        assertThat(validate(body, schema)).as(what + " against " + schema).isEmpty();
        assertThat(undeclared(body, "#/components/schemas/" + schema)).as(what + ": fields " + schema
                + " does not declare").isEmpty();
    }

    private static List<String> validate(JsonNode body, String name) {
        Schema schema = registry.getSchema(SchemaLocation.of(DOCUMENT + "#/components/schemas/" + name));
        return schema.validate(body).stream().map(Error::toString).toList();
    }

    /** The paths of fields in {@code value} that no schema reached from {@code ref} declares. */
    private static List<String> undeclared(JsonNode value, String ref) {
        List<String> found = new ArrayList<>();
        walk(value, resolve(document.get("components").get("schemas").get(name(ref))), "$", found);
        return found;
    }

    private static void walk(JsonNode value, JsonNode schema, String at, List<String> found) {
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                walk(value.get(i), resolve(schema.get("items")), at + "[" + i + "]", found);
            }
            return;
        }
        if (!value.isObject()) {
            return;
        }
        List<JsonNode> parts = parts(schema, value);
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode declared = null;
            JsonNode additional = null;
            for (JsonNode part : parts) {
                if (part.has("properties") && part.get("properties").has(field.getKey())) {
                    declared = resolve(part.get("properties").get(field.getKey()));
                }
                if (part.has("additionalProperties")) {
                    additional = part.get("additionalProperties");
                }
            }
            if (declared != null) {
                walk(field.getValue(), declared, at + "." + field.getKey(), found);
            } else if (additional != null && additional.isObject()) {
                walk(field.getValue(), resolve(additional), at + "." + field.getKey(), found);
            } else if (additional == null || !additional.asBoolean()) {
                found.add(at + "." + field.getKey());
            }
        }
    }

    /** The schema and the parts it is made of: allOf members, and the oneOf member its discriminator picks. */
    private static List<JsonNode> parts(JsonNode schema, JsonNode value) {
        List<JsonNode> parts = new ArrayList<>();
        parts.add(schema);
        schema.path("allOf").forEach(part -> parts.addAll(parts(resolve(part), value)));
        if (schema.has("discriminator")) {
            JsonNode discriminator = schema.get("discriminator");
            String code = value.path(discriminator.get("propertyName").asText()).asText();
            JsonNode ref = discriminator.get("mapping").get(code);
            if (ref != null) {
                parts.addAll(parts(resolve(ref.asText()), value));
            }
        }
        return parts;
    }

    private static JsonNode resolve(JsonNode schema) {
        return schema.has("$ref") ? resolve(schema.get("$ref").asText()) : schema;
    }

    private static JsonNode resolve(String ref) {
        return resolve(document.get("components").get("schemas").get(name(ref)));
    }

    private static String name(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
