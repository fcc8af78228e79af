package org.detente.ledger;

import java.util.Objects;
import org.detente.model.SanctionId;
import org.detente.model.SanctionTargetKind;
import org.detente.model.Text;

/** The actor imposes a sanctions measure on a target of the other side (an airline, a sector, banks...). */
public record SanctionImposed(SanctionId sanction, String target, SanctionTargetKind targetKind, String description)
        implements Measure {
    public SanctionImposed {
        Objects.requireNonNull(sanction, "sanction is required");
        target = Text.require(target, "target");
        Objects.requireNonNull(targetKind, "targetKind is required");
        description = Text.require(description, "description");
    }

    @Override
    public MeasureType type() {
        return MeasureType.SANCTION_IMPOSED;
    }

    @Override
    public <R> R accept(MeasureVisitor<R> visitor) {
        return visitor.sanctionImposed(this);
    }
}
