package org.detente.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.detente.testkit.EntryBodies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the API answers to requests a client library would not send, spoken over a raw socket. */
class HttpEdgeTest {
    private final ApiFixture api = ApiFixture.start();

    @AfterEach
    void stop() {
        api.close();
    }

    private record Raw(int status, String headers, byte[] body) {
        String header(String name) {
            for (String line : headers.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }
    }

    private Raw send(String request) throws IOException {
        int port = Integer.parseInt(api.base.substring(api.base.lastIndexOf(':') + 1));
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                all.write(buffer, 0, read);
            }
            byte[] bytes = all.toByteArray();
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            String head = text.substring(0, end);
            int status = Integer.parseInt(head.substring(9, 12));
            byte[] body = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
            return new Raw(status, head, body);
        }
    }

    @Test
    void a_malformed_chunked_body_is_a_400_problem_not_a_500() throws IOException {
        for (String path : new String[] {"/api/dyads/us-ru/ledger", "/api/dyads/us-ru/scenarios/evaluate"}) {
            Raw answer = send("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Authorization: Bearer " + ApiFixture.EDITOR + "\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                    + "zz\r\n{\"type\": \"statement\"}\r\n0\r\n\r\n");

            assertThat(answer.status()).as(path + ": " + new String(answer.body(), StandardCharsets.UTF_8))
                    .isEqualTo(400);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        }
    }

    @Test
    void an_error_naming_accented_text_is_sent_as_utf_8_and_says_so() throws IOException {
        String body = EntryBodies.withField(EntryBodies.expulsion(1, "2025-05-06"), "état€", "1");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);

        Raw answer = send("POST /api/dyads/us-ru/ledger HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Authorization: Bearer " + ApiFixture.EDITOR + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n" + body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).isEqualToIgnoringCase("application/problem+json;charset=utf-8");
        assertThat(new String(answer.body(), StandardCharsets.UTF_8)).contains("état€");
    }

    /** Signs in on the dashboard with {@code next} and answers where the server sends the browser. */
    private String signInAndFollow(String next) throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpResponse<String> page = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(api.base + "/signin")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        String setCookie = page.headers().firstValue("Set-Cookie").orElseThrow();
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(page.body());
        assertThat(csrf.find()).as("the sign-in form carries its CSRF token").isTrue();
        String form = "_csrf=" + java.net.URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8) + "&token="
                + ApiFixture.EDITOR + "&next=" + java.net.URLEncoder.encode(next, StandardCharsets.UTF_8);
        java.net.http.HttpResponse<String> signIn = http.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(api.base + "/signin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", setCookie.substring(0, setCookie.indexOf(';')))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(303);
        return signIn.headers().firstValue("Location").orElseThrow();
    }

    @Test
    void after_sign_in_the_browser_goes_only_to_a_path_of_this_application() throws Exception {
        for (String away : new String[] {"/\t/evil.example/x", "/\n/evil.example", "//evil.example/x",
                "/\\evil.example", "https://evil.example/", "http:/evil.example", " /evil", "/%09/evil.example/x"}) {
            String location = signInAndFollow(away);
            assertThat(java.net.URI.create(api.base).resolve(location).getHost()).as(away).isEqualTo("127.0.0.1");
        }
        assertThat(signInAndFollow("/dyads/us-ru/ledger?asOf=2020-01-01")).isEqualTo("/dyads/us-ru/ledger?asOf=2020-01-01");
    }

    @Test
    void pages_and_answers_forbid_framing_sniffing_and_scripts_from_elsewhere() throws IOException {
        for (String path : new String[] {"/dyads/us-ru", "/api/dyads/us-ru/state", "/api/docs", "/nowhere"}) {
            Raw answer = send("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

            assertThat(answer.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(answer.header("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(answer.header("Content-Security-Policy")).as(path).contains("script-src 'self'")
                    .contains("frame-ancestors 'none'").doesNotContain("unsafe-eval");
        }
        Raw docs = send("GET /api/docs HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(new String(docs.body(), StandardCharsets.UTF_8)).as("no inline script on the docs page")
                .doesNotContainPattern("<script>");
    }

    @Test
    void errors_jetty_answers_before_any_route_are_problem_json_too() throws IOException {
        String longUri = "/api/dyads/" + "x".repeat(20_000);
        String bigHeader = "X-Big: " + "y".repeat(20_000) + "\r\n";
        java.util.Map<String, String> requests = new java.util.LinkedHashMap<>();
        requests.put("bad character in the URI", "GET /api/dyads/%zz HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        requests.put("URI too long", "GET " + longUri + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        requests.put("header too large", "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n" + bigHeader);
        requests.put("no Host", "GET /health HTTP/1.1\r\n");
        requests.put("Transfer-Encoding with Content-Length", "POST /api/dyads/us-ru/ledger HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n");
        for (var request : requests.entrySet()) {
            Raw answer = send(request.getValue() + "Connection: close\r\n\r\n");

            String body = new String(answer.body(), StandardCharsets.UTF_8);
            assertThat(answer.status()).as(request.getKey() + ": " + body).isBetween(400, 499);
            assertThat(answer.header("Content-Type")).as(request.getKey()).startsWith("application/problem+json");
            com.fasterxml.jackson.databind.JsonNode problem = ApiFixture.JSON.readTree(body);
            assertThat(problem.get("status").asInt()).as(request.getKey()).isEqualTo(answer.status());
            assertThat(problem.get("type").asText()).startsWith("urn:detente:problem:");
            assertThat(problem.get("title").asText()).isNotBlank();
        }
    }

    @Test
    void a_wrong_method_on_an_existing_route_is_a_405_naming_the_methods_allowed() throws IOException {
        Raw answer = send("DELETE /api/dyads/us-ru/ledger HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

        assertThat(answer.status()).as(new String(answer.body(), StandardCharsets.UTF_8)).isEqualTo(405);
        assertThat(answer.header("Allow")).isNotNull();
        assertThat(java.util.Arrays.stream(answer.header("Allow").split(",")).map(String::trim))
                .contains("GET", "POST").doesNotContain("DELETE");
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        Raw unknown = send("DELETE /api/nowhere HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(unknown.status()).isEqualTo(404);
    }
}
