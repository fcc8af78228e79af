package org.detente.model;

import java.util.Objects;

/** A party of a dyad with the name to show for it. */
public record CountryName(Country country, String name) {
    public CountryName {
        Objects.requireNonNull(country, "country is required");
        name = Text.require(name, "country name");
    }
}
