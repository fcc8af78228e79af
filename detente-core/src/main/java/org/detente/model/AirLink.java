package org.detente.model;

import java.util.List;
import java.util.Objects;

/**
 * A direct air route between the two states, with its carriers and baseline status. When
 * {@code startUnknown}, {@code since} is only the earliest date a source attests that status.
 */
public record AirLink(AirLinkId id, String route, List<String> carriers, HistoricalDate since,
                      boolean startUnknown, AirLinkStatus status, List<Source> sources,
                      Confidence confidence, String note) implements Definition {
    public AirLink {
        Objects.requireNonNull(id, "air link id is required");
        route = Text.require(route, "route");
        carriers = List.copyOf(Objects.requireNonNull(carriers, "carriers is required"));
        Objects.requireNonNull(since, "since is required");
        Objects.requireNonNull(status, "status is required");
        sources = Definition.requireSources(sources, "air link " + id);
        confidence = Definition.requireConfidence(confidence, "air link " + id);
        note = Text.optional(note);
    }

    /** A definition whose baseline the sources confirm, without a note. */
    public AirLink(AirLinkId id, String route, List<String> carriers, HistoricalDate since, AirLinkStatus status,
                   List<Source> sources) {
        this(id, route, carriers, since, false, status, sources, Confidence.HIGH, "");
    }

    @Override
    public String key() {
        return id.value();
    }
}
