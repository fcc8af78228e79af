package org.detente.roadmap;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.detente.model.Codes;
import org.detente.model.Country;
import org.detente.model.Headcount;
import org.detente.model.StaffCategory;
import org.detente.state.RelationsState;

/**
 * Staff of {@code sending} in the other country is at least {@code count} people (with a
 * {@code category}, of that category only: {@code local} staff at least 1 means the missions may
 * employ local staff again). Code {@code staff-at-least}. An unknown level is not met.
 */
public record StaffAtLeast(Country sending, int count, Optional<StaffCategory> category) implements Criterion {
    public static final String TYPE = "staff-at-least";

    public StaffAtLeast {
        Objects.requireNonNull(sending, "sending is required");
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, got " + count);
        }
        Objects.requireNonNull(category, "category is required (empty for the total)");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String describe() {
        return staffWords(sending, category) + " >= " + count;
    }

    @Override
    public CriterionResult evaluate(CriterionContext context) {
        OptionalInt current = count(context.state(), sending, category);
        if (current.isEmpty()) {
            return CriterionResult.of(false, Progress.unknown(count, "? of " + count),
                    staffWords(sending, category) + " as of " + context.asOf() + " is unknown");
        }
        int now = current.getAsInt();
        String text = now + " of " + count;
        return CriterionResult.of(now >= count, Progress.of(now, count, text),
                staffWords(sending, category) + " is " + now + " as of " + context.asOf() + ", needs " + count);
    }

    /** Staff of {@code sending} of {@code category} (or in total) in {@code state}, when known. */
    static OptionalInt count(RelationsState state, Country sending, Optional<StaffCategory> category) {
        if (!state.dyad().includes(sending)) {
            return OptionalInt.empty();
        }
        Optional<Headcount> level = state.staffOf(sending).level();
        if (level.isEmpty()) {
            return OptionalInt.empty();
        }
        Integer value = category.isPresent() ? level.get().of(category.get()) : level.get().total();
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    static String staffWords(Country sending, Optional<StaffCategory> category) {
        return category.map(c -> Codes.of(c) + " staff").orElse("staff") + " of " + sending + " in the other country";
    }
}
