package org.detente.roadmap;

import java.util.Objects;
import java.util.Optional;
import org.detente.model.AirLinkId;
import org.detente.model.Codes;
import org.detente.state.AirLinkState;

/** A direct air route is flown. Code {@code air-link-operating}. */
public record AirLinkOperating(AirLinkId airLink) implements Criterion {
    public static final String TYPE = "air-link-operating";

    public AirLinkOperating {
        Objects.requireNonNull(airLink, "airLink is required");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String describe() {
        return "air link " + airLink + " is operating";
    }

    @Override
    public CriterionResult evaluate(CriterionContext context) {
        Optional<AirLinkState> state = context.state().airLink(airLink);
        if (state.isEmpty()) {
            return CriterionResult.of(false, "air link " + airLink + " does not exist as of " + context.asOf());
        }
        return CriterionResult.of(state.get().operating(), "air link " + airLink + " is "
                + Codes.of(state.get().status()) + " since " + state.get().sinceText());
    }
}
