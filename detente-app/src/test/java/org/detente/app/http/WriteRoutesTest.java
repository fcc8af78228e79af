package org.detente.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.detente.testkit.EntryBodies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WriteRoutesTest {
    private static final String LEDGER = "/api/dyads/us-ru/ledger";
    private ApiFixture api;

    @BeforeEach
    void start() {
        api = ApiFixture.start();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private ApiFixture.Response append(String body, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = "Bearer " + ApiFixture.EDITOR;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return api.post(LEDGER, body, all);
    }

    private void assertRejected(ApiFixture.Response response, int status, String type, String field, long sizeBefore) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.isProblem()).isTrue();
        JsonNode problem = response.json();
        assertThat(problem.get("type").asText()).isEqualTo("urn:detente:problem:" + type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(problem.get("errors").findValuesAsText("field")).contains(field);
        assertThat(api.ledgerSize()).isEqualTo(sizeBefore);
    }

    @Test
    void an_editor_appends_an_entry_and_gets_it_back_stamped_with_sequence_time_and_author() {
        long before = api.ledgerSize();

        ApiFixture.Response response = append(EntryBodies.expulsion(3, "2025-05-01"));

        assertThat(response.status()).isEqualTo(201);
        JsonNode entry = response.json();
        assertThat(entry.get("sequence").asLong()).isEqualTo(before + 1);
        assertThat(entry.get("author").asText()).isEqualTo("eve");
        assertThat(entry.get("recordedAt").asText()).isEqualTo("2025-06-01T12:00:00Z");
        assertThat(entry.get("count").asInt()).isEqualTo(3);
        assertThat(response.etag()).isEqualTo("\"" + (before + 1) + "\"");
        assertThat(api.get(LEDGER + "/" + entry.get("id").asText()).status()).isEqualTo(200);
        assertThat(api.get("/api/dyads/us-ru/state?asOf=2025-06-01").etag()).isEqualTo("\"" + (before + 1) + "\"");
    }

    @Test
    void an_append_changes_the_state_that_is_read_next() {
        int before = api.get("/api/dyads/us-ru/state?asOf=2025-06-01").json().get("entriesApplied").asInt();

        append(EntryBodies.expulsion(2, "2025-05-02"));

        assertThat(api.get("/api/dyads/us-ru/state?asOf=2025-06-01").json().get("entriesApplied").asInt())
                .isEqualTo(before + 1);
    }

    @Test
    void malformed_json_is_a_400_with_the_line() {
        long before = api.ledgerSize();

        ApiFixture.Response response = append("{\n  \"type\": \"staff-expelled\",\n  \"count\": \n}");

        assertRejected(response, 400, "malformed-json", "", before);
        assertThat(response.json().get("errors").get(0).get("line").asInt()).isEqualTo(4);
    }

    @Test
    void an_empty_body_and_a_body_that_is_not_an_object_are_400s() {
        long before = api.ledgerSize();
        assertRejected(append(""), 400, "malformed-json", "", before);
        assertRejected(append("[1, 2]"), 400, "invalid-body", "", before);
    }

    @Test
    void unknown_fields_wrong_types_invalid_dates_and_negative_counts_are_400s_naming_each_field_and_line() {
        long before = api.ledgerSize();
        String entry = EntryBodies.expulsion(3, "2025-05-01");

        assertRejected(append(EntryBodies.withField(entry, "colour", "\"red\"")), 400, "invalid-body", "colour", before);
        assertRejected(append(entry.replace("\"count\": 3", "\"count\": \"three\"")), 400, "invalid-body", "count", before);
        assertRejected(append(entry.replace("\"count\": 3", "\"count\": -3")), 400, "invalid-body", "count", before);
        assertRejected(append(entry.replace("\"occurredOn\": \"2025-05-01\"", "\"occurredOn\": \"2025-13-45\"")), 400,
                "invalid-body", "occurredOn", before);
        assertRejected(append(entry.replace("\"sources\": [", "\"sources\": 7, \"x\": [")), 400, "invalid-body",
                "sources", before);
        ApiFixture.Response unknown = append(EntryBodies.withField(entry, "colour", "\"red\""));
        assertThat(unknown.json().get("errors").get(0).get("line").asInt()).isEqualTo(2);
    }

    /** The message of the error a rejected body gives for {@code field}. */
    private String messageFor(ApiFixture.Response response, String field) {
        for (JsonNode error : response.json().get("errors")) {
            if (error.get("field").asText().equals(field)) {
                return error.get("message").asText();
            }
        }
        throw new AssertionError("no error for " + field + " in " + response.body());
    }

    @Test
    void a_value_of_the_wrong_json_type_is_refused_with_the_type_expected_never_converted() {
        long before = api.ledgerSize();
        String entry = EntryBodies.expulsion(3, "2025-05-01");
        java.util.Map<String, String[]> cases = new java.util.LinkedHashMap<>();
        cases.put("count", new String[] {entry.replace("\"count\": 3", "\"count\": \"3\""), "expected a whole number"});
        cases.put("note", new String[] {EntryBodies.withField(entry, "note", "true"), "expected text"});
        cases.put("occurredOn", new String[] {entry.replace("\"occurredOn\": \"2025-05-01\"", "\"occurredOn\": 2025"),
                "expected text"});
        cases.put("id", new String[] {EntryBodies.withField(entry, "id", "123"), "expected text"});
        cases.put("actor", new String[] {entry.replace("\"actor\": \"US\"", "\"actor\": \"US\\u0000\""),
                "control characters"});
        cases.put("target", new String[] {entry.replace("\"target\": \"RU\"", "\"target\": \" RU\""), "spaces"});
        for (var c : cases.entrySet()) {
            ApiFixture.Response response = append(c.getValue()[0]);

            assertRejected(response, 400, "invalid-body", c.getKey(), before);
            assertThat(messageFor(response, c.getKey())).as(c.getKey()).contains(c.getValue()[1]);
        }
        ApiFixture.Response huge = append(entry.replace("\"count\": 3", "\"count\": 2147483648"));
        assertRejected(huge, 400, "invalid-body", "count", before);
        assertThat(messageFor(huge, "count")).contains("out of range").contains("2147483647");
    }

    @Test
    void fields_the_server_assigns_are_refused_in_a_request() {
        long before = api.ledgerSize();
        String entry = EntryBodies.expulsion(3, "2025-05-01");

        assertRejected(append(EntryBodies.withField(entry, "author", "\"mallory\"")), 400, "invalid-body", "author", before);
        assertRejected(append(EntryBodies.withField(entry, "sequence", "1")), 400, "invalid-body", "sequence", before);
        assertRejected(append(EntryBodies.withField(entry, "recordedAt", "\"2020-01-01T00:00:00Z\"")), 400, "invalid-body",
                "recordedAt", before);
    }

    @Test
    void an_entry_naming_an_unknown_mission_is_a_422_naming_the_field() {
        long before = api.ledgerSize();
        String entry = EntryBodies.withField(EntryBodies.expulsion(3, "2025-05-01"), "mission", "\"us-consulate-atlantis\"");

        ApiFixture.Response response = append(entry);

        assertRejected(response, 422, "invalid-entry", "mission", before);
        assertThat(response.json().get("errors").get(0).get("line").asInt()).isEqualTo(2);
    }

    @Test
    void appending_the_same_id_twice_is_a_422() {
        String entry = EntryBodies.withField(EntryBodies.expulsion(3, "2025-05-01"), "id", "\"my-entry\"");
        assertThat(append(entry).status()).isEqualTo(201);
        long before = api.ledgerSize();

        assertRejected(append(entry), 422, "invalid-entry", "id", before);
    }

    @Test
    void an_append_to_an_unknown_dyad_is_a_404() {
        ApiFixture.Response response = api.post("/api/dyads/fr-de/ledger", EntryBodies.expulsion(1, "2025-05-01"),
                ApiFixture.bearer(ApiFixture.EDITOR));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("type").asText()).isEqualTo("urn:detente:problem:unknown-dyad");
    }

    @Test
    void a_body_over_one_mebibyte_is_a_413_and_nothing_is_stored() {
        long before = api.ledgerSize();
        byte[] huge = new byte[(int) ApiSettings.ONE_MIB + 1];
        java.util.Arrays.fill(huge, (byte) ' ');

        ApiFixture.Response response = api.postBytes(LEDGER, huge, ApiFixture.bearer(ApiFixture.EDITOR));

        assertRejected(response, 413, "body-too-large", "body", before);
    }

    @Test
    void an_append_with_the_last_sequence_seen_succeeds_and_a_stale_one_is_a_409() {
        String seen = api.get(LEDGER + "?limit=1").etag();

        assertThat(append(EntryBodies.expulsion(1, "2025-05-01"), "If-Match", seen).status()).isEqualTo(201);
        long before = api.ledgerSize();
        ApiFixture.Response stale = append(EntryBodies.expulsion(2, "2025-05-01"), "If-Match", seen);

        assertRejected(stale, 409, "conflict", "If-Match", before);
        assertThat(stale.etag()).isEqualTo("\"" + before + "\"");
    }

    @Test
    void an_if_match_that_is_not_a_sequence_is_a_400() {
        long before = api.ledgerSize();
        assertRejected(append(EntryBodies.expulsion(1, "2025-05-01"), "If-Match", "\"yesterday\""), 400,
                "invalid-parameter", "If-Match", before);
    }

    @Test
    void of_concurrent_appends_made_against_the_same_version_exactly_one_succeeds() throws Exception {
        String seen = api.get(LEDGER + "?limit=1").etag();
        long before = api.ledgerSize();
        int writers = 8;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            int count = i + 1;
            Callable<Integer> write = () -> {
                go.await();
                return append(EntryBodies.expulsion(count, "2025-05-03"), "If-Match", seen).status();
            };
            statuses.add(pool.submit(write));
        }
        go.countDown();
        List<Integer> answers = new ArrayList<>();
        for (Future<Integer> status : statuses) {
            answers.add(status.get());
        }
        pool.shutdown();

        assertThat(answers).containsOnly(201, 409);
        assertThat(answers.stream().filter(s -> s == 201)).hasSize(1);
        assertThat(api.ledgerSize()).isEqualTo(before + 1);
    }

    @Test
    void a_retraction_hides_the_entry_from_the_state_and_a_second_retraction_is_a_409() {
        JsonNode stored = append(EntryBodies.expulsion(4, "2025-05-04")).json();
        String id = stored.get("id").asText();
        int applied = api.get("/api/dyads/us-ru/state?asOf=2025-06-01").json().get("entriesApplied").asInt();

        ApiFixture.Response retraction = api.post(LEDGER + "/" + id + "/retraction", "{\"reason\": \"misreported\"}",
                ApiFixture.bearer(ApiFixture.EDITOR));

        assertThat(retraction.status()).isEqualTo(201);
        assertThat(retraction.json().get("type").asText()).isEqualTo("retraction");
        assertThat(retraction.json().get("retracts").asText()).isEqualTo(id);
        assertThat(retraction.json().get("author").asText()).isEqualTo("eve");
        assertThat(api.get("/api/dyads/us-ru/state?asOf=2025-06-01").json().get("entriesApplied").asInt())
                .isEqualTo(applied - 1);
        long before = api.ledgerSize();
        assertRejected(api.post(LEDGER + "/" + id + "/retraction", "{\"reason\": \"again\"}",
                ApiFixture.bearer(ApiFixture.EDITOR)), 409, "already-retracted", "entryId", before);
        String retractionId = retraction.json().get("id").asText();
        assertRejected(api.post(LEDGER + "/" + retractionId + "/retraction", "{\"reason\": \"undo\"}",
                ApiFixture.bearer(ApiFixture.EDITOR)), 409, "already-retracted", "entryId", before);
    }

    @Test
    void a_retraction_needs_a_reason_and_an_existing_entry() {
        String id = append(EntryBodies.expulsion(4, "2025-05-04")).json().get("id").asText();
        long before = api.ledgerSize();

        assertRejected(api.post(LEDGER + "/" + id + "/retraction", "{}", ApiFixture.bearer(ApiFixture.EDITOR)), 400,
                "invalid-body", "reason", before);
        assertRejected(api.post(LEDGER + "/" + id + "/retraction", "{\"reason\": \"x\", \"why\": 1}",
                ApiFixture.bearer(ApiFixture.EDITOR)), 400, "invalid-body", "why", before);
        assertRejected(api.post(LEDGER + "/no-such-entry/retraction", "{\"reason\": \"x\"}",
                ApiFixture.bearer(ApiFixture.EDITOR)), 404, "unknown-entry", "entryId", before);
    }

    @Test
    void every_write_is_audited_with_who_when_and_what_and_an_admin_reads_the_audit() {
        String id = append(EntryBodies.expulsion(5, "2025-05-05")).json().get("id").asText();
        api.post(LEDGER + "/" + id + "/retraction", "{\"reason\": \"duplicate\"}", ApiFixture.bearer(ApiFixture.ADMIN));

        JsonNode events = api.get("/api/audit", ApiFixture.bearer(ApiFixture.ADMIN)).json().get("events");

        assertThat(events).hasSize(2);
        assertThat(events.get(0).get("action").asText()).isEqualTo("entry.appended");
        assertThat(events.get(0).get("who").asText()).isEqualTo("ada");
        assertThat(events.get(0).get("detail").asText()).contains("retraction of " + id, "duplicate");
        assertThat(events.get(1).get("action").asText()).isEqualTo("entry.appended");
        assertThat(events.get(1).get("who").asText()).isEqualTo("eve");
        assertThat(events.get(1).get("entryId").asText()).isEqualTo(id);
        assertThat(events.get(1).get("at").asText()).isEqualTo("2025-06-01T12:00:00Z");
    }
}
