package org.detente.ledger;

import java.util.Objects;
import java.util.Optional;
import org.detente.model.FigureBound;
import org.detente.model.Headcount;
import org.detente.model.StaffScope;
import org.detente.model.Text;

/**
 * An observation: a source reports how many staff the sending country (the actor) has in the
 * host (the target). It resets the level of its scope; deltas after it apply on top.
 *
 * <p>{@code scope} says what the figure counts (which missions, which staff); a report without one
 * is read as the bilateral missions' figure of the categories it gives, as reports were before
 * scopes existed. {@code reportedBy} names who gives the figure ("" when the source does not say),
 * and {@code bound} how ("about", "fewer than"), so that two reports of one scope can be shown side
 * by side, attributed, instead of one silently replacing the other.
 */
public record StaffLevelReported(Headcount level, Optional<StaffScope> scope, String reportedBy, FigureBound bound)
        implements Measure {
    public StaffLevelReported {
        Objects.requireNonNull(level, "level is required");
        Objects.requireNonNull(scope, "scope is required (empty when the source gives none)");
        reportedBy = Text.optional(reportedBy);
        Objects.requireNonNull(bound, "bound is required");
    }

    /** A report without scope, attribution or bound: an exact bilateral figure. */
    public StaffLevelReported(Headcount level) {
        this(level, Optional.empty(), "", FigureBound.EXACT);
    }

    /** The scope the figure counts: the given one, or the bilateral missions when the source gives none. */
    public StaffScope effectiveScope() {
        return scope.orElse(new StaffScope(org.detente.model.MissionScope.BILATERAL,
                level.diplomatic() != null && level.adminTechnical() == null && level.local() == null
                        && level.total() == null ? org.detente.model.StaffCounted.DIPLOMATS
                        : org.detente.model.StaffCounted.ALL_STAFF));
    }

    @Override
    public MeasureType type() {
        return MeasureType.STAFF_LEVEL_REPORTED;
    }

    @Override
    public <R> R accept(MeasureVisitor<R> visitor) {
        return visitor.staffLevelReported(this);
    }
}
