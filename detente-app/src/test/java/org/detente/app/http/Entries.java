package org.detente.app.http;

/** Request bodies for tests: valid entries of the bundled US–Russia dyad, as JSON text. */
final class Entries {
    private Entries() {
    }

    static String expulsion(int count, String occurredOn) {
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

    static String withField(String entry, String field, String jsonValue) {
        int brace = entry.indexOf('{');
        return entry.substring(0, brace + 1) + "\n  \"" + field + "\": " + jsonValue + "," + entry.substring(brace + 1);
    }
}
