package org.detente.events.ingest;

/** Which data set an event comes from. */
public enum EventSource {
    GDELT1, GDELT2, ICEWS;

    /** The code stored with each event: {@code gdelt1}, {@code gdelt2}, {@code icews}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
