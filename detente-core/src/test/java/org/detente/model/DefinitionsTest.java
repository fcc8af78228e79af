package org.detente.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.detente.fixtures.MissionFixtures.DEFINITION;
import static org.detente.fixtures.MissionFixtures.RU;
import static org.detente.fixtures.MissionFixtures.SOURCE;
import static org.detente.fixtures.MissionFixtures.SOURCES;
import static org.detente.fixtures.MissionFixtures.US;
import static org.detente.fixtures.MissionFixtures.US_RU;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.detente.fixtures.MissionFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Definitions, ids, sources and codes check their rules when built and say which rule. */
class DefinitionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"ru-cg-san-francisco", "a", "2017-closure", "x-"})
    void an_id_is_lower_case_letters_digits_and_dashes(String id) {
        assertThat(MissionId.of(id).value()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"RU-CG", "-ru", "ru cg", "ru_cg", "", "ru/cg", "é"})
    void any_other_id_is_rejected_naming_the_kind_of_id(String id) {
        assertThatIllegalArgumentException().isThrownBy(() -> ChannelId.of(id))
                .withMessage("channel id '" + id + "' must be 1-128 lower-case letters, digits or '-', starting with a letter or digit");
    }

    @Test
    void an_id_is_at_most_128_characters_and_required() {
        assertThat(TrackId.of("a".repeat(128)).value()).hasSize(128);
        assertThatIllegalArgumentException().isThrownBy(() -> TrackId.of("a".repeat(129)))
                .withMessageStartingWith("track id '");
        assertThatIllegalArgumentException().isThrownBy(() -> SanctionId.of(null))
                .withMessage("sanction id is required");
    }

    @Test
    void a_source_needs_an_absolute_web_address_a_title_a_publisher_and_a_date() {
        LocalDate day = LocalDate.of(2025, 4, 10);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Source(URI.create("ftp://example.org/x"), "t", "p", day))
                .withMessage("source url 'ftp://example.org/x' must be an absolute http(s) address");
        assertThatIllegalArgumentException().isThrownBy(() -> new Source(URI.create("/relative"), "t", "p", day))
                .withMessageContaining("absolute http(s)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Source(URI.create("https://news.az/x"), " ", "p", day))
                .withMessage("source title is required");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Source(URI.create("https://news.az/x"), "t", null, day))
                .withMessage("source publisher is required");
    }

    @Test
    void a_mission_is_sent_by_one_country_to_another() {
        assertThatIllegalArgumentException().isThrownBy(() -> MissionFixtures.mission(MissionId.of("odd"), US, US,
                        MissionKind.EMBASSY, "Washington", "2000", Optional.empty()))
                .withMessage("mission odd: sending and host country must differ");
    }

    @Test
    void every_definition_needs_a_source() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Track(TrackId.of("t"), "Track", List.of()))
                .withMessage("track t needs at least one source");
        assertThatIllegalArgumentException().isThrownBy(() -> new Condition(ConditionId.of("c"), "Cond", false, null))
                .withMessage("condition c needs at least one source");
        assertThatIllegalArgumentException().isThrownBy(() -> new AirLink(AirLinkId.of("a"), "A - B", List.of(),
                        HistoricalDate.parse("2000"), AirLinkStatus.OPERATING, List.of()))
                .withMessage("air link a needs at least one source");
    }

    @Test
    void a_definition_copies_its_lists() {
        List<Source> sources = new ArrayList<>(List.of(SOURCE));
        Track track = new Track(TrackId.of("t"), "Track", sources);
        sources.clear();

        assertThat(track.sources()).containsExactly(SOURCE);
    }

    @Test
    void the_dyad_definition_finds_what_it_defines() {
        assertThat(DEFINITION.nameOf(RU)).isEqualTo("Russia");
        assertThat(DEFINITION.nameOf(Country.of("CN"))).isEqualTo("CN");
        assertThat(DEFINITION.mission(MissionFixtures.RU_CG_SAN_FRANCISCO)).map(Mission::city).contains("San Francisco");
        assertThat(DEFINITION.mission(MissionId.of("nowhere"))).isEmpty();
        assertThat(DEFINITION.channel(MissionFixtures.ARCTIC_CHANNEL)).isPresent();
        assertThat(DEFINITION.airLink(MissionFixtures.MOSCOW_NEW_YORK)).isPresent();
        assertThat(DEFINITION.track(MissionFixtures.UKRAINE_WAR)).isPresent();
        assertThat(DEFINITION.condition(MissionFixtures.PEACE)).isPresent();
        assertThat(DEFINITION.missionsOf(US)).extracting(Mission::id)
                .containsExactly(MissionFixtures.US_EMBASSY_MOSCOW, MissionFixtures.US_CG_YEKATERINBURG);
    }

    @Test
    void an_id_defined_twice_in_a_dyad_definition_is_rejected() {
        Mission embassy = MissionFixtures.mission(MissionFixtures.US_EMBASSY_MOSCOW);

        assertThatIllegalArgumentException().isThrownBy(() -> new DyadDefinition(US_RU, List.of(), List.of(),
                        List.of(embassy, embassy), List.of(), List.of(), List.of()))
                .withMessage("mission id 'us-embassy-moscow' is defined twice");
    }

    @Test
    void a_dyad_definition_holds_only_its_two_countries() {
        Country china = Country.of("CN");
        Mission inChina = MissionFixtures.mission(MissionId.of("us-embassy-beijing"), US, china, MissionKind.EMBASSY,
                "Beijing", "1979", Optional.empty());

        assertThatIllegalArgumentException().isThrownBy(() -> new DyadDefinition(US_RU, List.of(), List.of(),
                        List.of(inChina), List.of(), List.of(), List.of()))
                .withMessage("mission us-embassy-beijing is not between the parties of us-ru");
        assertThatIllegalArgumentException().isThrownBy(() -> new DyadDefinition(US_RU,
                        List.of(new CountryName(china, "China")), List.of(), List.of(), List.of(), List.of(), List.of()))
                .withMessage("country CN is not a party of us-ru");
    }

    @Test
    void codes_are_kebab_case_and_parse_back_naming_what_is_accepted() {
        assertThat(Codes.of(MissionKind.CONSULATE_GENERAL)).isEqualTo("consulate-general");
        assertThat(Codes.parse(MissionKind.class, "consulate-general", "kind")).isEqualTo(MissionKind.CONSULATE_GENERAL);
        assertThat(Codes.parse(MissionKind.class, "CONSULATE_GENERAL", "kind")).isEqualTo(MissionKind.CONSULATE_GENERAL);
        assertThatIllegalArgumentException().isThrownBy(() -> Codes.parse(ChannelStatus.class, "paused", "status"))
                .withMessage("status 'paused' is not one of active, suspended");
        for (VisaIssuance level : VisaIssuance.values()) {
            assertThat(Codes.parse(VisaIssuance.class, Codes.of(level), "level")).isEqualTo(level);
        }
    }

    @Test
    void visa_issuance_levels_are_ordered_and_only_working_missions_work() {
        assertThat(VisaIssuance.FULL.atLeast(VisaIssuance.LIMITED)).isTrue();
        assertThat(VisaIssuance.EMERGENCY_ONLY.atLeast(VisaIssuance.LIMITED)).isFalse();
        assertThat(VisaIssuance.NONE.atLeast(VisaIssuance.NONE)).isTrue();
        assertThat(List.of(MissionStatus.values())).filteredOn(MissionStatus::isWorking)
                .containsExactly(MissionStatus.OPERATIONAL, MissionStatus.LIMITED);
    }

    @Test
    void a_channel_topic_follows_the_id_rule() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Channel(ChannelId.of("c"), ChannelLevel.CITY,
                        "Refugee aid", "mayors", HistoricalDate.parse("2016"), ChannelStatus.ACTIVE, SOURCES))
                .withMessageStartingWith("channel topic 'Refugee aid'");
    }

    @Test
    void a_dyad_is_titled_by_its_parties_names_in_the_dyads_order() {
        assertThat(DEFINITION.title()).isEqualTo("United States – Russia");
        DyadDefinition reversed = new DyadDefinition(DEFINITION.dyad(), List.of(DEFINITION.countries().get(1),
                DEFINITION.countries().get(0)), DEFINITION.tracks(), DEFINITION.missions(), DEFINITION.channels(),
                DEFINITION.airLinks(), DEFINITION.conditions());
        assertThat(reversed.title()).isEqualTo("United States – Russia");
    }
}
