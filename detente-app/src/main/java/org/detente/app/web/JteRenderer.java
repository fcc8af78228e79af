package org.detente.app.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import java.util.Map;

/**
 * Renders the templates precompiled at build time (jte-maven-plugin, goal {@code precompile}); the
 * model is a map from parameter name to value, which is how JTE binds it to the template's
 * {@code @param}s.
 */
final class JteRenderer implements FileRenderer {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    @Override
    public String render(String filePath, Map<String, ?> model, Context ctx) {
        StringOutput output = new StringOutput(16 * 1024);
        @SuppressWarnings("unchecked")
        Map<String, Object> params = (Map<String, Object>) model;
        engine.render(filePath, params, output);
        return output.toString();
    }
}
