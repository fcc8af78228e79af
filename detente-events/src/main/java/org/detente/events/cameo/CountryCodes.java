package org.detente.events.cameo;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.detente.model.Country;

/**
 * Maps the country codes of event data to ISO 3166-1 alpha-2 {@link Country countries}.
 * <ul>
 * <li>GDELT's {@code Actor1CountryCode}/{@code Actor2CountryCode} are CAMEO country codes: ISO
 *     3166-1 alpha-3 for states, plus a few historical CAMEO codes (ROM, ZAR, TMP) mapped here, and
 *     region codes (AFR, EUR, MEA, WST, ...) that are not states and map to nothing.</li>
 * <li>ICEWS names countries in English ({@code Russian Federation}, {@code Occupied Palestinian
 *     Territory}); names are matched to the JDK's English country names after folding case,
 *     accents, "&amp;" and punctuation, with aliases for ICEWS's spellings.</li>
 * </ul>
 * Lookups build nothing per call: every answer is a shared {@link Country} instance.
 */
public final class CountryCodes {
    private static final Map<String, Country> BY_ALPHA3 = new HashMap<>();
    private static final Map<String, Country> BY_NAME = new HashMap<>();

    static {
        for (String alpha2 : Locale.getISOCountries()) {
            Locale locale = new Locale("", alpha2);
            Country country = Country.of(alpha2);
            BY_ALPHA3.put(locale.getISO3Country(), country);
            BY_NAME.put(fold(locale.getDisplayCountry(Locale.ENGLISH)), country);
        }
        // CAMEO codes that differ from ISO alpha-3.
        alpha3("ROM", "RO");
        alpha3("ZAR", "CD");
        alpha3("TMP", "TL");
        // ICEWS spellings that differ from the JDK's English names.
        name("Russian Federation", "RU");
        name("United States of America", "US");
        name("Occupied Palestinian Territory", "PS");
        name("Palestine", "PS");
        name("Czech Republic", "CZ");
        name("the former Yugoslav Republic of Macedonia", "MK");
        name("Macedonia", "MK");
        name("Holy See", "VA");
        name("Cote d'Ivoire", "CI");
        name("Ivory Coast", "CI");
        name("Democratic Republic of Congo", "CD");
        name("Congo, Democratic Republic of the", "CD");
        name("Democratic Republic of the Congo", "CD");
        name("Congo", "CG");
        name("Republic of Congo", "CG");
        name("Moldova, Republic of", "MD");
        name("Hong Kong", "HK");
        name("Macau", "MO");
        name("Swaziland", "SZ");
        name("Myanmar", "MM");
        name("Burma", "MM");
        name("Bosnia and Herzegovina", "BA");
        name("Korea, Republic of", "KR");
        name("Korea, Democratic People's Republic of", "KP");
        name("Iran, Islamic Republic of", "IR");
        name("Syrian Arab Republic", "SY");
        name("Lao People's Democratic Republic", "LA");
        name("Viet Nam", "VN");
        name("Tanzania, United Republic of", "TZ");
        name("Venezuela, Bolivarian Republic of", "VE");
        name("Bolivia, Plurinational State of", "BO");
        name("Libyan Arab Jamahiriya", "LY");
        name("Cape Verde", "CV");
        name("East Timor", "TL");
        name("Saint Kitts and Nevis", "KN");
        name("Saint Lucia", "LC");
        name("Saint Vincent and the Grenadines", "VC");
        name("Antigua and Barbuda", "AG");
        name("Trinidad and Tobago", "TT");
        name("Sao Tome and Principe", "ST");
        name("Micronesia, Federated States of", "FM");
        name("Turks and Caicos Islands", "TC");
        name("Serbia and Montenegro", "RS");
        name("Kyrgyz Republic", "KG");
    }

    private CountryCodes() {
    }

    private static void alpha3(String code, String alpha2) {
        BY_ALPHA3.put(code, Country.of(alpha2));
    }

    private static void name(String name, String alpha2) {
        BY_NAME.put(fold(name), Country.of(alpha2));
    }

    /** The state a CAMEO country code ({@code RUS}) stands for; empty for blanks, regions and unknown codes. */
    public static Optional<Country> fromCameo(String code) {
        return Optional.ofNullable(code == null || code.length() != 3 ? null : BY_ALPHA3.get(code));
    }

    /** The state an ICEWS country name stands for; empty for blanks, {@code NA} and unknown names. */
    public static Optional<Country> fromName(String name) {
        return Optional.ofNullable(name == null || name.isBlank() ? null : BY_NAME.get(fold(name)));
    }

    /** Every CAMEO country code that stands for a state, with that state: what {@link #fromCameo} maps. */
    public static Map<String, Country> cameoCodes() {
        return Map.copyOf(BY_ALPHA3);
    }

    /** The CAMEO code of a state (its ISO alpha-3 code), as GDELT writes it. */
    public static String cameoOf(Country country) {
        return new Locale("", country.code()).getISO3Country();
    }

    static String fold(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z]+", " ").trim();
    }
}
