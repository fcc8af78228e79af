package org.detente.analysis;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.detente.state.StaffFigure;

/**
 * A staffing target as of a date: the level at the baseline and now (empty when unknown), the
 * target level ({@code ceil(baseline × multiple)}), the multiple reached so far (now / baseline),
 * the multiple still needed (target / now; empty when now is 0, as no multiple of zero reaches a
 * target), the shortfall in people, the cap's headroom and whether it leaves room for the shortfall,
 * and, to read the target "against 2016" too, the earliest figure the record gives for the side,
 * as reported, with its scope and reporter (empty when none is recorded by the date).
 */
public record StaffGap(StaffTarget target, LocalDate asOf, GapStatus status, OptionalInt baselineLevel,
                       OptionalInt currentLevel, OptionalInt targetLevel, OptionalDouble multipleReached,
                       OptionalDouble multipleStillNeeded, OptionalInt shortfall, OptionalInt cap,
                       OptionalInt capHeadroom, Optional<Boolean> capLeavesRoom,
                       Optional<StaffFigure> earliestReported) {
    public StaffGap {
        Objects.requireNonNull(target, "target is required");
        Objects.requireNonNull(asOf, "asOf is required");
        Objects.requireNonNull(status, "status is required");
        Objects.requireNonNull(baselineLevel, "baselineLevel is required");
        Objects.requireNonNull(currentLevel, "currentLevel is required");
        Objects.requireNonNull(targetLevel, "targetLevel is required");
        Objects.requireNonNull(multipleReached, "multipleReached is required");
        Objects.requireNonNull(multipleStillNeeded, "multipleStillNeeded is required");
        Objects.requireNonNull(shortfall, "shortfall is required");
        Objects.requireNonNull(cap, "cap is required");
        Objects.requireNonNull(capHeadroom, "capHeadroom is required");
        Objects.requireNonNull(capLeavesRoom, "capLeavesRoom is required");
        Objects.requireNonNull(earliestReported, "earliestReported is required (empty when none)");
        if (status == GapStatus.MET || status == GapStatus.OPEN) {
            if (targetLevel.isEmpty() || currentLevel.isEmpty() || shortfall.isEmpty()) {
                throw new IllegalArgumentException("a " + status + " gap needs its target, current level and shortfall");
            }
            if ((status == GapStatus.MET) != (shortfall.getAsInt() == 0)) {
                throw new IllegalArgumentException("status " + status + " contradicts the shortfall "
                        + shortfall.getAsInt());
            }
        }
    }

    /** The target level as a multiple of the earliest reported total, when both are known. */
    public OptionalDouble targetAgainstEarliest() {
        if (targetLevel.isEmpty() || earliestReported.isEmpty() || earliestReported.get().reported().total() == null
                || earliestReported.get().reported().total() == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((double) targetLevel.getAsInt() / earliestReported.get().reported().total());
    }
}
