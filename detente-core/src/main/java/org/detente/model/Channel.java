package org.detente.model;

import java.util.List;
import java.util.Objects;

/**
 * A channel between institutions of the two states, with its baseline status since a date. When
 * {@code startUnknown}, {@code since} is only the earliest date a source attests that status.
 */
public record Channel(ChannelId id, ChannelLevel level, String topic, String between, HistoricalDate since,
                      boolean startUnknown, ChannelStatus status, List<Source> sources,
                      Confidence confidence, String note) implements Definition {
    public Channel {
        Objects.requireNonNull(id, "channel id is required");
        Objects.requireNonNull(level, "channel level is required");
        topic = Ids.requireValid(topic, "channel topic");
        between = Text.require(between, "between");
        Objects.requireNonNull(since, "since is required");
        Objects.requireNonNull(status, "status is required");
        sources = Definition.requireSources(sources, "channel " + id);
        confidence = Definition.requireConfidence(confidence, "channel " + id);
        note = Text.optional(note);
    }

    /** A definition whose baseline the sources confirm, without a note. */
    public Channel(ChannelId id, ChannelLevel level, String topic, String between, HistoricalDate since,
                   ChannelStatus status, List<Source> sources) {
        this(id, level, topic, between, since, false, status, sources, Confidence.HIGH, "");
    }

    @Override
    public String key() {
        return id.value();
    }
}
