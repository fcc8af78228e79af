package org.detente.roadmap;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How far a numeric criterion is from its target: {@code current} against {@code target} in the
 * criterion's own unit (a multiple of a baseline, a headcount, a number of channels), a text to
 * show ({@code "3.1× of 25×"}) and the fraction done, from 0 to 1. {@code current} and
 * {@code fraction} are empty when the figure is unknown; the text then says so instead of showing
 * an invented number.
 */
public record Progress(OptionalDouble current, double target, String text, OptionalDouble fraction) {
    public Progress {
        Objects.requireNonNull(current, "current is required (empty when unknown)");
        if (!(target >= 0) || Double.isInfinite(target)) {
            throw new IllegalArgumentException("target must be a finite number >= 0, got " + target);
        }
        Objects.requireNonNull(text, "text is required");
        Objects.requireNonNull(fraction, "fraction is required (empty when unknown)");
        if (fraction.isPresent() && !(fraction.getAsDouble() >= 0 && fraction.getAsDouble() <= 1)) {
            throw new IllegalArgumentException("fraction must be between 0 and 1, got " + fraction.getAsDouble());
        }
        if (current.isPresent() != fraction.isPresent()) {
            throw new IllegalArgumentException("current and fraction are known together or not at all");
        }
    }

    /** Progress of a known figure; the fraction is {@code current / target}, capped at 1. */
    public static Progress of(double current, double target, String text) {
        double fraction = target <= 0 ? 1.0 : Math.max(0.0, Math.min(1.0, current / target));
        return new Progress(OptionalDouble.of(current), target, text, OptionalDouble.of(fraction));
    }

    /** Progress towards {@code target} when the current figure cannot be known. */
    public static Progress unknown(double target, String text) {
        return new Progress(OptionalDouble.empty(), target, text, OptionalDouble.empty());
    }

    public boolean known() {
        return current.isPresent();
    }

    /** A number for texts: no decimals when whole, else one ({@code 25}, {@code 3.1}). */
    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf((long) value);
        }
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
