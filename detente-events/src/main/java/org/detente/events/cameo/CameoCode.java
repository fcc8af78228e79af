package org.detente.events.cameo;

import java.util.Objects;

/**
 * One CAMEO event code ({@code 174}), its short description and its Goldstein weight (−10 most
 * conflictual, +10 most cooperative). The root is the first two digits ({@code 17}).
 */
public record CameoCode(String code, double weight, String description) {
    public CameoCode {
        Objects.requireNonNull(code, "code is required");
        if (!code.matches("\\d{2,4}")) {
            throw new IllegalArgumentException("CAMEO code '" + code + "' must be 2 to 4 digits");
        }
        if (weight < -10 || weight > 10) {
            throw new IllegalArgumentException("Goldstein weight " + weight + " of " + code + " is outside -10..10");
        }
        Objects.requireNonNull(description, "description is required");
    }

    /** The root category, the first two digits. */
    public String root() {
        return code.substring(0, 2);
    }

    /** GDELT's quad class of the root: 1 verbal and 2 material cooperation, 3 verbal and 4 material conflict. */
    public int quadClass() {
        return CameoTable.quadClassOfRoot(Integer.parseInt(root()));
    }
}
