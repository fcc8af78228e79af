package org.detente.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A pair of states whose relations détente follows, written {@code us-ru}. The order is the one
 * the dataset gives (it only affects display); the two countries always differ.
 */
public record Dyad(Country first, Country second) {
    public Dyad {
        Objects.requireNonNull(first, "first country is required");
        Objects.requireNonNull(second, "second country is required");
        if (first.equals(second)) {
            throw new IllegalArgumentException("a dyad needs two different countries, got " + first + " twice");
        }
    }

    /**
     * Parses {@code us-ru}.
     *
     * @throws IllegalArgumentException when the text is not two country codes joined by '-'
     */
    public static Dyad parse(String text) {
        if (text == null || !text.matches("[a-zA-Z]{2}-[a-zA-Z]{2}")) {
            throw new IllegalArgumentException("dyad '" + text + "' must be two country codes joined by '-', e.g. us-ru");
        }
        String upper = text.toUpperCase(Locale.ROOT);
        return new Dyad(Country.of(upper.substring(0, 2)), Country.of(upper.substring(3)));
    }

    /** The id used in files and URLs: {@code us-ru}. */
    public String id() {
        return (first.code() + "-" + second.code()).toLowerCase(Locale.ROOT);
    }

    public boolean includes(Country country) {
        return first.equals(country) || second.equals(country);
    }

    /** The other party of the dyad. */
    public Country other(Country country) {
        if (first.equals(country)) {
            return second;
        }
        if (second.equals(country)) {
            return first;
        }
        throw new IllegalArgumentException(country + " is not a party of " + id());
    }

    @Override
    public String toString() {
        return id();
    }
}
