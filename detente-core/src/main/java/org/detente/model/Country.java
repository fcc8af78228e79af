package org.detente.model;

import java.util.Locale;
import java.util.Set;

/**
 * A state, by its ISO 3166-1 alpha-2 code in upper case ({@code US}, {@code RU}).
 * Only codes that ISO currently assigns are accepted.
 */
public record Country(String code) implements Comparable<Country> {
    private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());

    public Country {
        if (code == null || !code.matches("[A-Z]{2}") || !ISO_CODES.contains(code)) {
            throw new IllegalArgumentException("country '" + code
                    + "' is not an ISO 3166-1 alpha-2 code in upper case (e.g. US, RU)");
        }
    }

    public static Country of(String code) {
        return new Country(code);
    }

    @Override
    public int compareTo(Country other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
