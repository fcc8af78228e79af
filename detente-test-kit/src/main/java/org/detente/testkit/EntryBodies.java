package org.detente.testkit;

/**
 * Request bodies for tests of the API: valid entries of the bundled US–Russia dyad as JSON text,
 * one field a line, so that a test can break one field by replacing its text.
 */
public final class EntryBodies {
    private EntryBodies() {
    }

    /** The US expels {@code count} Russian diplomats on {@code occurredOn}; one source of that day. */
    public static String expulsion(int count, String occurredOn) {
        return """
                {
                  "type": "staff-expelled",
                  "actor": "US",
                  "target": "RU",
                  "occurredOn": "%s",
                  "count": %d,
                  "category": "diplomatic",
                  "sources": [{"url": "https://example.org/report", "title": "A report", "publisher": "Example",
                               "date": "%s"}]
                }
                """.formatted(occurredOn, count, occurredOn);
    }

    /**
     * A statement by a US spokesperson with the id {@code id}, on {@code occurredOn}; its one source
     * is a page of its own ({@code https://example.org/ID}) of that day.
     */
    public static String statement(String id, String occurredOn) {
        return """
                {
                  "id": "%s",
                  "type": "statement",
                  "actor": "US",
                  "target": "RU",
                  "occurredOn": "%s",
                  "speaker": "Spokesperson",
                  "position": "Position %s",
                  "sources": [{"url": "https://example.org/%s", "title": "A report", "publisher": "Example",
                               "date": "%s"}]
                }
                """.formatted(id, occurredOn, id, id, occurredOn);
    }

    /** {@code entry} with one more field, first: {@code jsonValue} is JSON text ({@code "\"x\""}, {@code 7}). */
    public static String withField(String entry, String field, String jsonValue) {
        int brace = entry.indexOf('{');
        return entry.substring(0, brace + 1) + "\n  \"" + field + "\": " + jsonValue + "," + entry.substring(brace + 1);
    }
}
