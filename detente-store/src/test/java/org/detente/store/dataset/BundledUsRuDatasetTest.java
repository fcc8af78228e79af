package org.detente.store.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.detente.ledger.Entry;
import org.detente.ledger.MeasureType;
import org.detente.ledger.StaffExpelled;
import org.detente.model.Confidence;
import org.detente.model.Country;
import org.detente.model.Mission;
import org.detente.model.MissionId;
import org.detente.model.MissionStatus;
import org.detente.model.Source;
import org.detente.state.MissionState;
import org.detente.state.Projector;
import org.detente.state.RelationsState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled US–Russia dataset: valid, sourced, and giving the known historical states. */
class BundledUsRuDatasetTest {
    private static final Country US = Country.of("US");
    private static final Country RU = Country.of("RU");
    private static Dataset dataset;
    private static Projector projector;

    @BeforeAll
    static void readTheBundledDataset() {
        dataset = BundledDatasets.read("us-ru");
        projector = Projector.of(dataset.definition(), dataset.entries());
    }

    @Test
    void holds_at_least_forty_entries_each_with_a_complete_source() {
        assertThat(dataset.entries()).hasSizeGreaterThanOrEqualTo(40);
        for (Entry entry : dataset.entries()) {
            assertThat(entry.sources()).as("sources of %s", entry.id()).isNotEmpty();
            for (Source source : entry.sources()) {
                assertThat(source.url().getScheme()).as("url of %s", entry.id()).startsWith("http");
                assertThat(source.publisher()).isNotBlank();
                assertThat(source.title()).isNotBlank();
            }
        }
    }

    @Test
    void every_definition_is_sourced_too() {
        assertThat(dataset.definition().missions()).allSatisfy(m -> assertThat(m.sources()).isNotEmpty());
        assertThat(dataset.definition().channels()).allSatisfy(c -> assertThat(c.sources()).isNotEmpty());
        assertThat(dataset.definition().airLinks()).allSatisfy(a -> assertThat(a.sources()).isNotEmpty());
        assertThat(dataset.definition().tracks()).allSatisfy(t -> assertThat(t.sources()).isNotEmpty());
    }

    @Test
    void recorded_at_is_the_publication_date_of_the_earliest_source() {
        for (Entry entry : dataset.entries()) {
            LocalDate earliest = entry.sources().stream().map(Source::published).min(LocalDate::compareTo).orElseThrow();
            assertThat(entry.recordedAt()).isEqualTo(earliest.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        }
    }

    @Test
    void defines_the_missions_the_seed_and_the_history_name() {
        assertThat(dataset.definition().missions()).extracting(m -> m.id().value())
                .contains("us-embassy-moscow", "us-cg-st-petersburg", "us-cg-yekaterinburg", "us-cg-vladivostok",
                        "ru-embassy-washington", "ru-cg-san-francisco", "ru-cg-seattle", "ru-compound-maryland",
                        "ru-compound-new-york");
        assertThat(dataset.definition().tracks()).extracting(t -> t.id().value())
                .containsExactlyInAnyOrder("ukraine-war", "diplomatic-relations", "sanctions", "global-issues");
    }

    @Test
    void a_definition_whose_sources_disagree_says_so_with_its_confidence_and_a_note() {
        Mission compound = dataset.definition().missions().stream()
                .filter(m -> m.id().value().equals("ru-compound-new-york")).findFirst().orElseThrow();
        assertThat(compound.confidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(compound.note()).contains("1952").contains("1954");
        assertThat(compound.sources()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void the_san_francisco_consulate_was_operational_in_2016_and_closed_by_mid_2018() {
        assertThat(statusOf("ru-cg-san-francisco", "2016-06-30")).isEqualTo(MissionStatus.OPERATIONAL);
        assertThat(statusOf("ru-cg-san-francisco", "2018-06-30")).isEqualTo(MissionStatus.CLOSED);
    }

    @Test
    void by_mid_2018_seattle_and_st_petersburg_no_longer_worked_and_the_compounds_were_seized() {
        assertThat(statusOf("ru-cg-seattle", "2018-06-30").isWorking()).isFalse();
        assertThat(statusOf("us-cg-st-petersburg", "2018-06-30")).isEqualTo(MissionStatus.CLOSED);
        assertThat(statusOf("ru-compound-maryland", "2018-06-30")).isEqualTo(MissionStatus.SEIZED);
        assertThat(statusOf("ru-compound-new-york", "2018-06-30")).isEqualTo(MissionStatus.SEIZED);
        assertThat(statusOf("us-embassy-moscow", "2018-06-30").isWorking()).isTrue();
    }

    @Test
    void the_2018_expulsions_are_sixty_for_sixty_and_linked_as_response() {
        List<Entry> expulsions2018 = dataset.entries().stream()
                .filter(e -> e.type() == MeasureType.STAFF_EXPELLED)
                .filter(e -> e.occurredOn().date().getYear() == 2018)
                .toList();
        Entry american = expulsions2018.stream().filter(e -> e.actor().equals(US)).findFirst().orElseThrow();
        Entry russian = expulsions2018.stream().filter(e -> e.actor().equals(RU)).findFirst().orElseThrow();
        assertThat(((StaffExpelled) american.measure()).count()).isEqualTo(60);
        assertThat(((StaffExpelled) russian.measure()).count()).isEqualTo(60);
        assertThat(russian.respondsTo()).contains(american.id());
    }

    @Test
    void the_2017_cap_applies_to_american_staff_in_russia() {
        RelationsState state = projector.stateAsOf(LocalDate.parse("2017-12-31"));
        assertThat(state.staffOf(US).cap()).hasValue(455);
    }

    @Test
    void the_istanbul_talks_of_2025_are_in_the_state_of_may_2025_and_not_before() {
        RelationsState before = projector.stateAsOf(LocalDate.parse("2025-02-01"));
        RelationsState after = projector.stateAsOf(LocalDate.parse("2025-05-01"));
        assertThat(before.talks()).noneMatch(t -> t.venue().contains("Istanbul"));
        assertThat(after.talks()).filteredOn(t -> t.venue().contains("Istanbul"))
                .extracting(t -> t.date().toString())
                .contains("2025-02-27", "2025-04-10");
    }

    @Test
    void what_was_known_on_the_eve_of_the_2018_expulsions_lacks_them() {
        RelationsState known = projector.stateAsOf(LocalDate.parse("2018-06-30"),
                Optional.of(LocalDate.parse("2018-03-25").atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
        assertThat(known.mission(MissionId.of("ru-cg-seattle")).map(MissionState::status))
                .contains(MissionStatus.OPERATIONAL);
    }

    private static MissionStatus statusOf(String mission, String date) {
        return projector.stateAsOf(LocalDate.parse(date)).mission(MissionId.of(mission)).orElseThrow().status();
    }
}
