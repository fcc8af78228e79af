package org.detente.model;

import java.util.regex.Pattern;

/** The one rule every typed id follows, so ids read the same in files, URLs and the CLI. */
public final class Ids {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,127}");

    private Ids() {
    }

    /**
     * Returns {@code value} when it is a valid id.
     *
     * @throws IllegalArgumentException saying which id is wrong and what is required
     */
    public static String requireValid(String value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is required");
        }
        if (!ID.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " '" + value
                    + "' must be 1-128 lower-case letters, digits or '-', starting with a letter or digit");
        }
        return value;
    }
}
