package org.detente.events.cameo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import org.detente.events.RealEventData;
import org.detente.model.Country;
import org.junit.jupiter.api.Test;

class CountryCodesTest {
    @Test
    void cameo_country_codes_map_to_iso_alpha_2_and_regions_to_nothing() {
        assertThat(CountryCodes.fromCameo("USA")).contains(Country.of("US"));
        assertThat(CountryCodes.fromCameo("RUS")).contains(Country.of("RU"));
        assertThat(CountryCodes.fromCameo("ROM")).contains(Country.of("RO"));
        assertThat(CountryCodes.fromCameo("EUR")).isEmpty();
        assertThat(CountryCodes.fromCameo("AFR")).isEmpty();
        assertThat(CountryCodes.fromCameo("")).isEmpty();
        assertThat(CountryCodes.cameoOf(Country.of("RU"))).isEqualTo("RUS");
    }

    @Test
    void icews_country_names_map_whatever_their_spelling() {
        assertThat(CountryCodes.fromName("Russian Federation")).contains(Country.of("RU"));
        assertThat(CountryCodes.fromName("United States")).contains(Country.of("US"));
        assertThat(CountryCodes.fromName("Occupied Palestinian Territory")).contains(Country.of("PS"));
        assertThat(CountryCodes.fromName("Cote d'Ivoire")).contains(Country.of("CI"));
        assertThat(CountryCodes.fromName("Bosnia and Herzegovina")).contains(Country.of("BA"));
        assertThat(CountryCodes.fromName("NA")).isEmpty();
    }

    @Test
    void every_country_named_in_the_real_icews_sample_maps_to_a_state() throws Exception {
        Set<String> unmapped = new TreeSet<>();
        for (String line : Files.readAllLines(RealEventData.file("icews/events.2018.sample.tab")).subList(1, 3706)) {
            String[] fields = line.split("\t", -1);
            for (String name : new String[] {fields[4], fields[10]}) {
                if (!name.equals("NA") && CountryCodes.fromName(name).isEmpty()) {
                    unmapped.add(name);
                }
            }
        }
        assertThat(unmapped).isEmpty();
    }
}
