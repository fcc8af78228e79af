package org.detente.analysis;

import java.util.List;
import java.util.Objects;
import org.detente.model.Confidence;
import org.detente.model.Source;
import org.detente.model.Text;

/**
 * One figure of the consular capacity model with where it comes from: either sources, or the flag
 * {@code assumption} with a note that says what was assumed and why. A figure that is neither
 * sourced nor flagged cannot be built, so the model never runs on an unexplained number.
 */
public record ConsularParameter(String name, double value, String unit, List<Source> sources, boolean assumption,
                                Confidence confidence, String note) {
    public ConsularParameter {
        name = Text.require(name, "parameter name");
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + ": value must be a finite number, got " + value);
        }
        unit = Text.require(unit, name + ": unit");
        sources = List.copyOf(Objects.requireNonNull(sources, name + ": sources is required (empty for an assumption)"));
        Objects.requireNonNull(confidence, name + ": confidence is required");
        note = Text.optional(note);
        if (sources.isEmpty() && !assumption) {
            throw new IllegalArgumentException(name + ": a figure needs sources or must be flagged assumption: true");
        }
        if (assumption && note.isEmpty()) {
            throw new IllegalArgumentException(name + ": an assumption needs a note that says what was assumed and why");
        }
    }

    /** An assumed figure with the reason for it. */
    public static ConsularParameter assumed(String name, double value, String unit, Confidence confidence,
                                            String note) {
        return new ConsularParameter(name, value, unit, List.of(), true, confidence, note);
    }
}
