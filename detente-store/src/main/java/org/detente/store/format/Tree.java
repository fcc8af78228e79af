package org.detente.store.format;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed YAML or JSON document, reduced to what the readers need: scalars as text, sequences,
 * mappings, and the line each node starts on (0 when the source has no lines, e.g. a JSON body
 * parsed into a tree). Keeping our own tree lets one decoder serve files and HTTP bodies alike.
 */
public sealed interface Tree permits Tree.Scalar, Tree.Sequence, Tree.Mapping, Tree.Null {
    int line();

    /** A word for messages: "text", "list", "mapping" or "nothing". */
    String kind();

    /**
     * A scalar; {@code quoted} is true when it was written as a string (JSON strings, quoted YAML).
     * {@code type} is what a strictly read JSON document said it is; YAML, forms and leniently read
     * JSON leave it {@link ScalarType#UNTYPED}, and any reader may take it as the text it needs.
     */
    record Scalar(String value, boolean quoted, int line, ScalarType type) implements Tree {
        public Scalar(String value, boolean quoted, int line) {
            this(value, quoted, line, ScalarType.UNTYPED);
        }

        @Override
        public String kind() {
            return switch (type) {
                case UNTYPED, STRING -> "text";
                case NUMBER -> "a number";
                case BOOLEAN -> "true or false";
            };
        }
    }

    /** The JSON type of a scalar read strictly, or untyped. */
    enum ScalarType { UNTYPED, STRING, NUMBER, BOOLEAN }

    /** A list of nodes. */
    record Sequence(List<Tree> items, int line) implements Tree {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "list";
        }
    }

    /** A mapping from keys to nodes, in document order, with the line of each key. */
    record Mapping(Map<String, Tree> fields, Map<String, Integer> keyLines, int line) implements Tree {
        public Mapping {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
            keyLines = Collections.unmodifiableMap(new LinkedHashMap<>(keyLines));
        }

        public Tree get(String key) {
            return fields.get(key);
        }

        /** The line of a key, or of the mapping when the key is absent. */
        public int lineOf(String key) {
            return keyLines.getOrDefault(key, line);
        }

        @Override
        public String kind() {
            return "mapping";
        }
    }

    /** An explicit null ({@code ~}, {@code null}, or an empty value). */
    record Null(int line) implements Tree {
        @Override
        public String kind() {
            return "nothing";
        }
    }
}
