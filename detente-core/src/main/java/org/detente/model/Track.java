package org.detente.model;

import java.util.List;
import java.util.Objects;

/**
 * A negotiation track, such as the war in Ukraine or the restoration of diplomatic relations.
 * {@code whyNoGoals} says, for a track the roadmap sets no goal on, why it has none (empty
 * otherwise), so that an empty track is an explained one rather than a forgotten one.
 */
public record Track(TrackId id, String title, List<Source> sources,
                    Confidence confidence, String note, String whyNoGoals) implements Definition {
    public Track {
        Objects.requireNonNull(id, "track id is required");
        title = Text.require(title, "track title");
        sources = Definition.requireSources(sources, "track " + id);
        confidence = Definition.requireConfidence(confidence, "track " + id);
        note = Text.optional(note);
        whyNoGoals = Text.optional(whyNoGoals);
    }

    /** A track with goals (or none said why), as the definitions give it. */
    public Track(TrackId id, String title, List<Source> sources, Confidence confidence, String note) {
        this(id, title, sources, confidence, note, "");
    }

    /** A definition whose baseline the sources confirm, without a note. */
    public Track(TrackId id, String title, List<Source> sources) {
        this(id, title, sources, Confidence.HIGH, "");
    }

    @Override
    public String key() {
        return id.value();
    }
}
