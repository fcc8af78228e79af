package org.detente.apiclient;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.detente.client.ApiClient;
import org.detente.client.api.DyadsApi;
import org.detente.client.api.LedgerApi;
import org.detente.client.model.Entry;
import org.detente.client.model.LedgerPage;
import org.detente.client.model.NewEntry;
import org.detente.client.model.NewStaffExpelledEntry;
import org.detente.client.model.Source;
import org.detente.client.model.StaffExpelledEntry;
import org.detente.client.model.State;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A client generated from the served OpenAPI document (no hand edits) against a real server
 * serving the bundled datasets from memory, started as its own process: it reads the state, pages
 * through the ledger with the cursor, and reads the 2016 expulsion through the typed model.
 */
class GeneratedClientTest {
    private static final String EXPULSION_2016 = "2016-12-29-us-expels-35-russian-diplomats";
    /** The admin token {@code serve --in-memory} accepts when it is given one. */
    private static final String ADMIN_TOKEN = "generated-client-admin";
    private static Process server;
    private static ApiClient client;

    @BeforeAll
    static void start() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path log = Files.createDirectories(Path.of("target")).resolve("server.log");
        ProcessBuilder serve = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp", classPath,
                "org.detente.app.cli.DetenteCli", "serve", "--in-memory", "--host", "127.0.0.1",
                "--port", String.valueOf(port))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        serve.environment().put("DETENTE_ADMIN_TOKEN", ADMIN_TOKEN);
        server = serve.start();
        String base = "http://127.0.0.1:" + port;
        awaitHealthy(base, log);
        client = new ApiClient();
        client.updateBaseUri(base);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.destroy();
            server.waitFor();
        }
    }

    @Test
    void reads_the_state() throws Exception {
        State state = new DyadsApi(client).getState("us-ru", null, null);

        assertThat(state.getDyad()).isEqualTo("us-ru");
        assertThat(state.getMissions()).extracting(m -> m.getId()).contains("us-embassy-moscow");
    }

    @Test
    void pages_through_the_whole_ledger_with_the_cursor_and_reads_the_expulsion_typed() throws Exception {
        LedgerApi ledger = new LedgerApi(client);
        List<Entry> entries = new ArrayList<>();
        Long after = null;
        long lastSequence;
        int pages = 0;
        do {
            LedgerPage page = ledger.listLedgerEntries("us-ru", null, null, null, null, after, 25);
            lastSequence = page.getLastSequence();
            entries.addAll(page.getEntries());
            after = page.getNext();
            pages++;
        } while (after != null);

        assertThat(pages).isGreaterThan(1);
        assertThat(entries).hasSize((int) lastSequence);
        StaffExpelledEntry expulsion = entries.stream()
                .filter(e -> e.getActualInstance() instanceof StaffExpelledEntry s && s.getId().equals(EXPULSION_2016))
                .map(Entry::getStaffExpelledEntry).findFirst().orElseThrow();
        assertThat(expulsion.getCount()).isEqualTo(35);
        assertThat(expulsion.getCategory()).isEqualTo(StaffExpelledEntry.CategoryEnum.DIPLOMATIC);
        assertThat(expulsion.getType()).isEqualTo(StaffExpelledEntry.TypeEnum.STAFF_EXPELLED);
        assertThat(expulsion.getSources()).isNotEmpty();
    }

    @Test
    void reads_one_entry_as_the_type_it_is() throws Exception {
        Entry entry = new LedgerApi(client).getLedgerEntry("us-ru", EXPULSION_2016);

        assertThat(entry.getActualInstance()).isInstanceOf(StaffExpelledEntry.class);
        assertThat(entry.getStaffExpelledEntry().getCount()).isEqualTo(35);
        assertThat(entry.getStaffExpelledEntry().getCategory().getValue()).isEqualTo("diplomatic");
        assertThat(entry.getStaffExpelledEntry().getSummary()).contains("35");
    }

    @Test
    void appends_an_expulsion_built_from_the_typed_new_entry_and_reads_it_back_typed() throws Exception {
        ApiClient writer = new ApiClient();
        writer.updateBaseUri(client.getBaseUri());
        writer.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + ADMIN_TOKEN));
        NewStaffExpelledEntry expulsion = new NewStaffExpelledEntry().type(NewStaffExpelledEntry.TypeEnum.STAFF_EXPELLED)
                .actor("US").target("RU").occurredOn("2025-05-20").count(4)
                .sources(List.of(new Source().url("https://example.org/expulsion").title("Four expelled")
                        .publisher("Example").date("2025-05-20")));

        Entry stored = new LedgerApi(writer).appendLedgerEntry("us-ru", new NewEntry(expulsion), null);

        assertThat(stored.getActualInstance()).isInstanceOf(StaffExpelledEntry.class);
        assertThat(stored.getStaffExpelledEntry().getCount()).isEqualTo(4);
        // left out, so the codec's default
        assertThat(stored.getStaffExpelledEntry().getCategory().getValue()).isEqualTo("diplomatic");
        Entry read = new LedgerApi(client).getLedgerEntry("us-ru", stored.getStaffExpelledEntry().getId());
        assertThat(read.getStaffExpelledEntry().getCount()).isEqualTo(4);
    }

    private static void awaitHealthy(String base, Path log) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the server exited: " + Files.readString(log));
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "/health")).GET()
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // The server is still starting.
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the server did not answer within 90 s: " + Files.readString(log));
    }
}
