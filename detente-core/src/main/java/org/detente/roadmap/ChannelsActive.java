package org.detente.roadmap;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.detente.model.ChannelLevel;
import org.detente.model.Codes;
import org.detente.model.Ids;
import org.detente.state.ChannelState;

/**
 * At least {@code atLeast} channels are active, of a {@code level} and on a {@code topic} when
 * given. Code {@code channels-active}. Progress counts the active channels ({@code "1 of 2"}).
 */
public record ChannelsActive(int atLeast, Optional<ChannelLevel> level, Optional<String> topic) implements Criterion {
    public static final String TYPE = "channels-active";

    public ChannelsActive {
        if (atLeast < 1) {
            throw new IllegalArgumentException("atLeast must be at least 1, got " + atLeast);
        }
        Objects.requireNonNull(level, "level is required (empty for any level)");
        Objects.requireNonNull(topic, "topic is required (empty for any topic)");
        topic.ifPresent(t -> Ids.requireValid(t, "channel topic"));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String describe() {
        return "at least " + atLeast + " active channel" + (atLeast == 1 ? "" : "s") + scope();
    }

    private String scope() {
        return level.map(l -> " at " + Codes.of(l) + " level").orElse("") + topic.map(t -> " on " + t).orElse("");
    }

    @Override
    public CriterionResult evaluate(CriterionContext context) {
        List<ChannelState> matching = context.state().channels().stream()
                .filter(c -> level.isEmpty() || level.get() == c.channel().level())
                .filter(c -> topic.isEmpty() || topic.get().equals(c.channel().topic()))
                .toList();
        long active = matching.stream().filter(ChannelState::active).count();
        String text = active + " of " + atLeast;
        return CriterionResult.of(active >= atLeast, Progress.of(active, atLeast, text),
                active + " of " + matching.size() + " channels" + scope() + " active as of " + context.asOf()
                        + ", needs " + atLeast);
    }
}
