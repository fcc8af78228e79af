package org.detente.app.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The OpenAPI 3 document of the API and a browsable page over it, served from the Swagger UI
 * WebJar. The document is {@code openapi.json} beside this class (kept in step with the routes by
 * a test) with the entry schemas written from the codec's measure formats ({@link EntrySchemas}).
 */
final class ApiDocs {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String document;
    private final String page;

    ApiDocs() {
        this.document = document(resource(ApiDocs.class, "openapi.json"));
        this.page = resource(ApiDocs.class, "docs.html").replace("{{swaggerUi}}", "/webjars/swagger-ui/" + swaggerUiVersion());
    }

    void openapi(Context ctx) {
        ctx.contentType("application/json").result(document);
    }

    void page(Context ctx) {
        ctx.html(page);
    }

    String document() {
        return document;
    }

    /** The served document: {@code template} with the entry schemas of every measure type put in. */
    static String document(String template) {
        try {
            ObjectNode document = (ObjectNode) JSON.readTree(template);
            EntrySchemas.addTo((ObjectNode) document.path("components").path("schemas"));
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("openapi.json is not JSON", e);
        }
    }

    private static String swaggerUiVersion() {
        Properties properties = new Properties();
        try (InputStream in = ApiDocs.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the swagger-ui WebJar is missing from the class path");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    static String resource(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing beside " + owner.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
