package org.detente.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Writes the JSON shapes (ordered maps and lists) as indented JSON. */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    public static String write(Object shape) {
        try {
            return MAPPER.writeValueAsString(shape);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON shape could not be written: " + e.getOriginalMessage(), e);
        }
    }
}
