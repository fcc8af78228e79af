package org.detente.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryAndDyadTest {

    @Test
    void an_iso_code_in_upper_case_is_a_country() {
        assertThat(Country.of("US").code()).isEqualTo("US");
        assertThat(Country.of("RU")).hasToString("RU");
        assertThat(Country.of("RU")).isLessThan(Country.of("US"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"us", "Ru", "USA", "XX", "ZZ", "U1", "", " US"})
    void anything_else_is_not_a_country(String code) {
        assertThatIllegalArgumentException().isThrownBy(() -> Country.of(code))
                .withMessage("country '" + code + "' is not an ISO 3166-1 alpha-2 code in upper case (e.g. US, RU)");
    }

    @Test
    void a_dyad_is_parsed_from_two_codes_joined_by_a_dash() {
        Dyad dyad = Dyad.parse("us-ru");

        assertThat(dyad.first()).isEqualTo(Country.of("US"));
        assertThat(dyad.second()).isEqualTo(Country.of("RU"));
        assertThat(dyad.id()).isEqualTo("us-ru");
        assertThat(dyad).hasToString("us-ru");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"usru", "us_ru", "us-", "usa-ru", "us-ru-cn", "", "u1-ru"})
    void a_dyad_of_another_shape_is_rejected(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Dyad.parse(text))
                .withMessage("dyad '" + text + "' must be two country codes joined by '-', e.g. us-ru");
    }

    @Test
    void a_dyad_of_an_unknown_country_names_the_country() {
        assertThatIllegalArgumentException().isThrownBy(() -> Dyad.parse("us-xx"))
                .withMessageStartingWith("country 'XX'");
    }

    @Test
    void a_dyad_needs_two_different_countries() {
        assertThatIllegalArgumentException().isThrownBy(() -> Dyad.parse("us-us"))
                .withMessage("a dyad needs two different countries, got US twice");
    }

    @Test
    void the_other_party_is_found_from_either_side() {
        Dyad dyad = Dyad.parse("us-ru");
        Country us = Country.of("US");
        Country ru = Country.of("RU");
        Country cn = Country.of("CN");

        assertThat(dyad.other(us)).isEqualTo(ru);
        assertThat(dyad.other(ru)).isEqualTo(us);
        assertThat(dyad.includes(cn)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> dyad.other(cn)).withMessage("CN is not a party of us-ru");
    }
}
