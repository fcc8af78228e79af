package org.detente.model;

/** Checks on free text fields, shared so every record words the rule the same way. */
public final class Text {
    private Text() {
    }

    /** The text, trimmed; it must not be blank. */
    public static String require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value.trim();
    }

    /** The text trimmed, or {@code ""} when absent. */
    public static String optional(String value) {
        return value == null ? "" : value.trim();
    }
}
