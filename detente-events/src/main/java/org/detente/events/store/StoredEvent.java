package org.detente.events.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** An event as the store keeps it, for suggestions: where it comes from, when, who, what, how much reported. */
public record StoredEvent(String source, long eventId, LocalDate day, String actor, String target, String cameo,
                          int mentions, Optional<String> url) {
    public StoredEvent {
        Objects.requireNonNull(source, "source is required");
        Objects.requireNonNull(day, "day is required");
        Objects.requireNonNull(actor, "actor is required");
        Objects.requireNonNull(target, "target is required");
        Objects.requireNonNull(cameo, "cameo is required");
        Objects.requireNonNull(url, "url is required (empty when none)");
    }

    public String root() {
        return cameo.substring(0, 2);
    }
}
