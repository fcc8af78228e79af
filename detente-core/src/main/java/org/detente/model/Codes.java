package org.detente.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Converts enum constants to and from the kebab-case codes that datasets, the CLI and JSON use
 * ({@code CONSULATE_GENERAL} is {@code consulate-general}), so every face spells them alike.
 */
public final class Codes {
    private Codes() {
    }

    /** The code of a constant: lower case, words joined by '-'. */
    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The constant whose code (or name, in any case) is {@code code}.
     *
     * @throws IllegalArgumentException naming the accepted codes when none matches
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String code, String what) {
        if (code != null) {
            String normalized = code.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(normalized)) {
                    return constant;
                }
            }
        }
        throw new IllegalArgumentException(what + " '" + code + "' is not one of " + allOf(type));
    }

    /** The accepted codes of an enum, comma separated, for messages. */
    public static String allOf(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Codes::of).collect(Collectors.joining(", "));
    }
}
