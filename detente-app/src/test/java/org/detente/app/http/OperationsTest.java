package org.detente.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.router.ParsedEndpoint;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OperationsTest {
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
    void health_reports_liveness_and_the_database_as_up() {
        ApiFixture.Response response = api.get("/health");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").asText()).isEqualTo("UP");
        assertThat(response.json().get("checks").get("database").asText()).isEqualTo("UP");
    }

    @Test
    void metrics_are_in_prometheus_format_with_request_counts_latencies_and_the_ledger_size() {
        api.get("/api/dyads/us-ru/state?asOf=2025-01-01");

        ApiFixture.Response response = api.get("/metrics");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/plain");
        assertThat(response.body())
                .contains("detente_ledger_entries{dyad=\"us-ru\"} " + api.ledgerSize() + ".0")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*route=\"/api/dyads/\\{dyad}/state\"[^}]*} \\d")
                .contains("http_server_requests_seconds_sum");
    }

    @Test
    void the_openapi_document_lists_exactly_the_api_routes_the_server_has() {
        JsonNode document = api.get("/api/openapi.json").json();
        Set<String> documented = new TreeSet<>();
        for (Iterator<String> paths = document.get("paths").fieldNames(); paths.hasNext(); ) {
            String path = paths.next();
            document.get("paths").get(path).fieldNames()
                    .forEachRemaining(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path));
        }
        Set<String> registered = new TreeSet<>();
        for (ParsedEndpoint parsed : api.app.unsafe.internalRouter.allHttpHandlers()) {
            String path = parsed.endpoint.path;
            boolean api = path.startsWith("/api/") || path.equals("/health") || path.equals("/metrics")
                    || path.endsWith("/feed.atom") || path.endsWith("/calendar.ics");
            if (parsed.endpoint.method.isHttpMethod() && api) {
                registered.add(parsed.endpoint.method.name() + " " + parsed.endpoint.path);
            }
        }

        assertThat(document.get("openapi").asText()).startsWith("3.");
        assertThat(registered).isNotEmpty();
        assertThat(documented).isEqualTo(registered);
    }

    @Test
    void the_ledger_cursor_and_the_after_parameter_share_one_integer_format() {
        JsonNode document = api.get("/api/openapi.json").json();
        JsonNode after = null;
        for (JsonNode parameter : document.get("paths").get("/api/dyads/{dyad}/ledger").get("get").get("parameters")) {
            if ("after".equals(parameter.path("name").asText())) {
                after = parameter.get("schema");
            }
        }
        JsonNode next = document.get("components").get("schemas").get("LedgerPage").get("properties").get("next");

        assertThat(after).isNotNull();
        assertThat(next.get("format").asText()).isEqualTo(after.get("format").asText()).isEqualTo("int64");
    }

    @Test
    void every_operation_of_the_document_has_its_own_operation_id() {
        JsonNode paths = api.get("/api/openapi.json").json().get("paths");
        java.util.List<String> ids = new java.util.ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            JsonNode id = operation.getValue().get("operationId");
            assertThat(id).as(operation.getKey() + " " + path.getKey()).isNotNull();
            assertThat(id.asText()).matches("[a-z][A-Za-z]+");
            ids.add(id.asText());
        }));
        assertThat(ids).isNotEmpty().doesNotHaveDuplicates();
    }

    @Test
    void the_api_page_loads_swagger_ui_from_the_webjar_and_points_it_at_the_document() {
        ApiFixture.Response page = api.get("/api/docs");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        java.util.List<String> scripts = java.util.regex.Pattern.compile("<script src=\"([^\"]+)\"")
                .matcher(page.body()).results().map(m -> m.group(1)).toList();
        assertThat(scripts).hasSize(2);
        assertThat(scripts.get(0)).startsWith("/webjars/swagger-ui/");
        ApiFixture.Response asset = api.get(scripts.get(0));
        assertThat(asset.status()).isEqualTo(200);
        assertThat(asset.body()).contains("SwaggerUIBundle");
        // the page's own start-up script (no inline script, for the Content-Security-Policy) points it at the document
        ApiFixture.Response start = api.get(scripts.get(1));
        assertThat(start.status()).isEqualTo(200);
        assertThat(start.body()).contains("SwaggerUIBundle(").contains("/api/openapi.json");
    }
}
