package org.detente.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;
import org.detente.model.Headcount;
import org.detente.state.RelationsState;
import org.detente.state.StaffFigure;
import org.detente.state.StaffState;

/**
 * Staffing gaps of each side against targets given as multiples of a baseline level. The states
 * come from a function of the date, usually {@code projector::stateAsOf}, so that the baseline and
 * the current level are both read from the ledger; a level the ledger does not give is reported as
 * unknown, never estimated.
 */
public final class StaffGapAnalysis {
    private final Function<LocalDate, RelationsState> stateAt;
    private final List<StaffTarget> targets;

    /** The analysis of {@code targets}, reading levels from {@code stateAt}. */
    public StaffGapAnalysis(Function<LocalDate, RelationsState> stateAt, List<StaffTarget> targets) {
        this.stateAt = Objects.requireNonNull(stateAt, "stateAt is required");
        this.targets = List.copyOf(Objects.requireNonNull(targets, "targets is required"));
    }

    /** The gap of every target as of {@code asOf}, in the order the targets were given. */
    public List<StaffGap> gapsAsOf(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf is required");
        RelationsState now = stateAt.apply(asOf);
        return targets.stream().map(t -> gap(t, asOf, now)).toList();
    }

    private StaffGap gap(StaffTarget target, LocalDate asOf, RelationsState now) {
        StaffState current = now.staffOf(target.sending());
        OptionalInt baseline = level(stateAt.apply(target.baseline()).staffOf(target.sending()), target);
        OptionalInt level = level(current, target);
        OptionalInt cap = current.cap();
        OptionalInt headroom = current.capHeadroom();
        if (baseline.isEmpty()) {
            return unknown(target, asOf, GapStatus.BASELINE_UNKNOWN, baseline, level, cap, headroom, earliest(now, target));
        }
        if (baseline.getAsInt() == 0) {
            return unknown(target, asOf, GapStatus.BASELINE_ZERO, baseline, level, cap, headroom, earliest(now, target));
        }
        int targetLevel = (int) Math.ceil(baseline.getAsInt() * target.multiple());
        if (level.isEmpty()) {
            return new StaffGap(target, asOf, GapStatus.CURRENT_UNKNOWN, baseline, level, OptionalInt.of(targetLevel),
                    OptionalDouble.empty(), OptionalDouble.empty(), OptionalInt.empty(), cap, headroom,
                    Optional.empty(), earliest(now, target));
        }
        int shortfall = Math.max(0, targetLevel - level.getAsInt());
        OptionalDouble still = level.getAsInt() == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(Math.max(1.0, (double) targetLevel / level.getAsInt()));
        Optional<Boolean> room = headroom.isPresent() ? Optional.of(headroom.getAsInt() >= shortfall)
                : Optional.empty();
        return new StaffGap(target, asOf, shortfall == 0 ? GapStatus.MET : GapStatus.OPEN, baseline, level,
                OptionalInt.of(targetLevel), OptionalDouble.of((double) level.getAsInt() / baseline.getAsInt()),
                still, OptionalInt.of(shortfall), cap, headroom, room, earliest(now, target));
    }

    private static StaffGap unknown(StaffTarget target, LocalDate asOf, GapStatus status, OptionalInt baseline,
                                    OptionalInt level, OptionalInt cap, OptionalInt headroom,
                                    Optional<StaffFigure> earliest) {
        return new StaffGap(target, asOf, status, baseline, level, OptionalInt.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalInt.empty(), cap, headroom, Optional.empty(), earliest);
    }

    /** The earliest figure reported for the target's side by the date, whatever its scope (shown with it). */
    private static Optional<StaffFigure> earliest(RelationsState now, StaffTarget target) {
        return now.staffFiguresOf(target.sending()).stream()
                .filter(f -> f.reported().total() != null)
                .min(java.util.Comparator.comparing(StaffFigure::reportedOn));
    }

    private static OptionalInt level(StaffState staff, StaffTarget target) {
        if (staff.level().isEmpty()) {
            return OptionalInt.empty();
        }
        Headcount headcount = staff.level().get();
        // A category the report did not give stays unknown; it never falls back to the total.
        Integer value = target.category().isPresent() ? headcount.of(target.category().get()) : headcount.total();
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }
}
