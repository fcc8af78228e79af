package org.detente.events.ingest;

import java.util.List;

/**
 * The layouts of event files détente reads, recognised from a file's first line: GDELT 1.0 (57
 * columns in the historical files to 2013, 58 with SOURCEURL in the daily files since; a file may
 * mix both), GDELT 2.0 (61 columns) — all without a header — and ICEWS with its 20-column header.
 */
public enum EventFileLayout {
    GDELT1("GDELT 1.0 event file (57 or 58 tab-separated columns, no header)"),
    GDELT2("GDELT 2.0 event file (61 tab-separated columns, no header)"),
    ICEWS("ICEWS event file (20 tab-separated columns with the header 'Event ID, Event Date, Source Name, ...')");

    /** The ICEWS header, column by column. */
    public static final List<String> ICEWS_HEADER = List.of("Event ID", "Event Date", "Source Name", "Source Sectors",
            "Source Country", "Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors",
            "Target Country", "Story ID", "Sentence Number", "Publisher", "City", "District", "Province", "Country",
            "Latitude", "Longitude");

    private final String description;

    EventFileLayout(String description) {
        this.description = description;
    }

    /** What a file of this layout looks like, for messages. */
    public String description() {
        return description;
    }

    /** The layout of a file whose first line has these tab-separated fields, if any. */
    public static java.util.Optional<EventFileLayout> recognise(String[] firstLineFields) {
        if (List.of(firstLineFields).equals(ICEWS_HEADER)) {
            return java.util.Optional.of(ICEWS);
        }
        return switch (firstLineFields.length) {
            case 57, 58 -> java.util.Optional.of(GDELT1);
            case 61 -> java.util.Optional.of(GDELT2);
            default -> java.util.Optional.empty();
        };
    }

    /** The message for a file that has none of the layouts. */
    public static String expected() {
        StringBuilder text = new StringBuilder("one of: ");
        for (EventFileLayout layout : values()) {
            text.append(layout.ordinal() == 0 ? "" : "; ").append(layout.description);
        }
        return text.toString();
    }
}
