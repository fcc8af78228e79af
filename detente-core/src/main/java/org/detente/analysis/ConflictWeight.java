package org.detente.analysis;

import java.util.Objects;
import java.util.Optional;
import org.detente.ledger.MeasureType;
import org.detente.model.Text;

/**
 * The conflict–cooperation weight of a measure type on the Goldstein scale (−10 most conflictual,
 * +10 most cooperative), with the CAMEO code it was taken from. A type with no CAMEO equivalent
 * ({@link CameoMatch#NONE}) has no code and weight 0.
 */
public record ConflictWeight(MeasureType type, Optional<String> cameoCode, String cameoLabel, double weight,
                             CameoMatch match) {
    public ConflictWeight {
        Objects.requireNonNull(type, "type is required");
        Objects.requireNonNull(cameoCode, "cameoCode is required (empty when there is no equivalent)");
        Objects.requireNonNull(match, "match is required");
        cameoLabel = Text.optional(cameoLabel);
        if (weight < -10 || weight > 10 || Double.isNaN(weight)) {
            throw new IllegalArgumentException("weight of " + type + " must lie in [-10, 10] (Goldstein scale), got "
                    + weight);
        }
        if (match == CameoMatch.NONE && (cameoCode.isPresent() || weight != 0)) {
            throw new IllegalArgumentException("weight of " + type
                    + ": a type without CAMEO equivalent has no code and weight 0");
        }
        if (match != CameoMatch.NONE && (cameoCode.isEmpty() || !cameoCode.get().matches("\\d{2,4}"))) {
            throw new IllegalArgumentException("cameoCode of " + type + " must be 2 to 4 digits, got " + cameoCode);
        }
    }
}
