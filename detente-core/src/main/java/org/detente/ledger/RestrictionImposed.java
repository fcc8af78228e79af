package org.detente.ledger;

import java.util.Objects;
import org.detente.model.RestrictionId;
import org.detente.model.RestrictionKind;
import org.detente.model.Text;

/** The host (actor) imposes a restriction on the other side's diplomats or missions; in force until lifted. */
public record RestrictionImposed(RestrictionId restriction, RestrictionKind kind, String description)
        implements Measure {
    public RestrictionImposed {
        Objects.requireNonNull(restriction, "restriction is required");
        Objects.requireNonNull(kind, "kind is required");
        description = Text.require(description, "description");
    }

    @Override
    public MeasureType type() {
        return MeasureType.RESTRICTION_IMPOSED;
    }

    @Override
    public <R> R accept(MeasureVisitor<R> visitor) {
        return visitor.restrictionImposed(this);
    }
}
