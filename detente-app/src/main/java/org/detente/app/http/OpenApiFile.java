package org.detente.app.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the OpenAPI document the server serves to a file, for tools that read it before any
 * server runs (the build generates a client from it).
 */
public final class OpenApiFile {
    private OpenApiFile() {
    }

    /** {@code args[0]}: the file to write; its folders are created. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: OpenApiFile FILE");
        }
        Path file = Path.of(args[0]);
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        Files.writeString(file, ApiDocs.document(ApiDocs.resource(ApiDocs.class, "openapi.json")),
                StandardCharsets.UTF_8);
    }
}
