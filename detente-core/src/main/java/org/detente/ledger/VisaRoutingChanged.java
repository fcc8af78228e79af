package org.detente.ledger;

import java.util.Objects;
import org.detente.model.Text;
import org.detente.model.VisaClass;

/**
 * The issuing country designates where the other side's nationals apply for visas of a class
 * (for instance a post in a third country such as Warsaw or Astana). Actor: the issuing country;
 * target: the applicants' country.
 */
public record VisaRoutingChanged(VisaClass visaClass, String post, String description) implements Measure {
    public VisaRoutingChanged {
        Objects.requireNonNull(visaClass, "visaClass is required");
        post = Text.require(post, "post");
        description = Text.optional(description);
    }

    @Override
    public MeasureType type() {
        return MeasureType.VISA_ROUTING_CHANGED;
    }

    @Override
    public <R> R accept(MeasureVisitor<R> visitor) {
        return visitor.visaRoutingChanged(this);
    }
}
