package org.detente.roadmap;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.detente.model.Country;
import org.detente.model.StaffCategory;
import org.detente.state.RelationsState;

/**
 * Staff of {@code sending} in the other country is at least {@code multiple} times its level on
 * {@code baselineDate} (the seed's "25–30 times": a multiple of 25). Code {@code staff-multiple}.
 * With a {@code category}, only that category is counted. Progress is the multiple reached
 * ({@code "3.1× of 25×"}); when either level is unknown, or the baseline is zero (no multiple of
 * zero is a target), or the baseline date is after the date asked for, the criterion is not met
 * and says so.
 */
public record StaffMultipleReached(Country sending, double multiple, LocalDate baselineDate,
                                   Optional<StaffCategory> category) implements Criterion {
    public static final String TYPE = "staff-multiple";

    public StaffMultipleReached {
        Objects.requireNonNull(sending, "sending is required");
        if (!(multiple > 0) || Double.isInfinite(multiple)) {
            throw new IllegalArgumentException("multiple must be a finite number > 0, got " + multiple);
        }
        Objects.requireNonNull(baselineDate, "baselineDate is required");
        Objects.requireNonNull(category, "category is required (empty for the total)");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String describe() {
        return StaffAtLeast.staffWords(sending, category) + " >= " + Progress.format(multiple) + "× the level of "
                + baselineDate;
    }

    @Override
    public CriterionResult evaluate(CriterionContext context) {
        String target = Progress.format(multiple) + "×";
        if (baselineDate.isAfter(context.asOf())) {
            return unknown(target, "baseline date " + baselineDate + " is after " + context.asOf());
        }
        Optional<RelationsState> baselineState = context.stateAsOf(baselineDate);
        if (baselineState.isEmpty()) {
            return unknown(target, "the state as of the baseline date " + baselineDate + " was not provided");
        }
        OptionalInt baseline = StaffAtLeast.count(baselineState.get(), sending, category);
        if (baseline.isEmpty()) {
            return unknown(target, StaffAtLeast.staffWords(sending, category) + " on the baseline date "
                    + baselineDate + " is unknown (no report by then)");
        }
        if (baseline.getAsInt() == 0) {
            return unknown(target, StaffAtLeast.staffWords(sending, category) + " on the baseline date "
                    + baselineDate + " is 0, and a multiple of 0 is no target");
        }
        OptionalInt current = StaffAtLeast.count(context.state(), sending, category);
        if (current.isEmpty()) {
            return unknown(target, StaffAtLeast.staffWords(sending, category) + " as of " + context.asOf()
                    + " is unknown");
        }
        double reached = (double) current.getAsInt() / baseline.getAsInt();
        boolean met = current.getAsInt() >= multiple * baseline.getAsInt();
        String text = Progress.format(reached) + "× of " + target;
        return CriterionResult.of(met, Progress.of(reached, multiple, text),
                StaffAtLeast.staffWords(sending, category) + " is " + current.getAsInt() + " as of " + context.asOf()
                        + ", " + text + " the " + baseline.getAsInt() + " of " + baselineDate
                        + " (target " + Progress.format(Math.ceil(multiple * baseline.getAsInt())) + ")");
    }

    private CriterionResult unknown(String target, String reason) {
        return CriterionResult.of(false, Progress.unknown(multiple, "? of " + target), reason);
    }
}
