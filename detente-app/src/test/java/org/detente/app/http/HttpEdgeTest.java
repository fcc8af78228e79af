package org.detente.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
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
        String body = Entries.withField(Entries.expulsion(1, "2025-05-06"), "état€", "1");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);

        Raw answer = send("POST /api/dyads/us-ru/ledger HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Authorization: Bearer " + ApiFixture.EDITOR + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n" + body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).isEqualToIgnoringCase("application/problem+json;charset=utf-8");
        assertThat(new String(answer.body(), StandardCharsets.UTF_8)).contains("état€");
    }
}
