package org.detente.model;

import java.util.List;
import java.util.Objects;

/** A negotiation track, such as the war in Ukraine or the restoration of diplomatic relations. */
public record Track(TrackId id, String title, List<Source> sources) implements Definition {
    public Track {
        Objects.requireNonNull(id, "track id is required");
        title = Text.require(title, "track title");
        sources = Definition.requireSources(sources, "track " + id);
    }

    @Override
    public String key() {
        return id.value();
    }
}
