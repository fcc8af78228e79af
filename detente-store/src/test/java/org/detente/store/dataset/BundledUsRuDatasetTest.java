package org.detente.store.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.detente.ledger.Corroboration;
import org.detente.ledger.Entry;
import org.detente.ledger.MeasureType;
import org.detente.ledger.StaffExpelled;
import org.detente.model.AirLinkId;
import org.detente.model.Channel;
import org.detente.model.ChannelId;
import org.detente.model.ChannelStatus;
import org.detente.model.CommitmentStatus;
import org.detente.model.CommitmentId;
import org.detente.model.CommitmentStatus;
import org.detente.model.Confidence;
import org.detente.model.FigureBound;
import org.detente.model.HistoricalDate;
import org.detente.model.MissionScope;
import org.detente.model.RestrictionId;
import org.detente.model.SanctionId;
import org.detente.model.StaffCounted;
import org.detente.model.TalksFormat;
import org.detente.model.Country;
import org.detente.model.Mission;
import org.detente.model.MissionId;
import org.detente.model.MissionStatus;
import org.detente.model.Source;
import org.detente.model.VisaClass;
import org.detente.state.HeadOfMissionState;
import org.detente.state.MissionState;
import org.detente.state.Projector;
import org.detente.state.RelationsState;
import org.detente.state.StaffFigure;
import org.detente.state.TalksRound;
import org.detente.state.VisaWaitState;
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
    void recorded_at_is_the_publication_of_a_source_the_earliest_unless_the_entry_names_a_later_one() {
        // An entry is known from its earliest source, or, when the dataset says so (an inferred fact
        // first reported later), from a later source's publication: never before its first source,
        // never at a moment no source marks.
        java.util.List<String> later = new java.util.ArrayList<>();
        for (Entry entry : dataset.entries()) {
            java.util.Set<java.time.Instant> published = new java.util.TreeSet<>();
            entry.sources().forEach(source -> published.add(source.published().atStartOfDay(java.time.ZoneOffset.UTC)
                    .toInstant()));
            assertThat(published).as(entry.id().value()).contains(entry.recordedAt());
            if (!entry.recordedAt().equals(published.iterator().next())) {
                later.add(entry.id().value());
            }
        }
        assertThat(later).containsExactly("2025-06-dykhouse-charge-d-affaires");
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
        List<Entry> american = expulsions2018.stream().filter(e -> e.actor().equals(US)).toList();
        Entry russian = expulsions2018.stream().filter(e -> e.actor().equals(RU)).findFirst().orElseThrow();
        assertThat(american.stream().mapToInt(e -> ((StaffExpelled) e.measure()).count()).sum()).isEqualTo(60);
        assertThat(((StaffExpelled) russian.measure()).count()).isEqualTo(60);
        assertThat(american).extracting(Entry::id).contains(russian.respondsTo().orElseThrow());
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

    // --- Corrected facts (audit of 2026-12-03), each as the historical question it answers ---------

    @Test
    void as_of_2022_03_01_aeroflot_no_longer_flies_moscow_new_york_though_the_us_ban_came_a_day_later() {
        AirLinkId newYork = AirLinkId.of("moscow-new-york");
        assertThat(projector.stateAsOf(LocalDate.parse("2022-02-27")).airLink(newYork).orElseThrow().operating())
                .isTrue();
        var state = projector.stateAsOf(LocalDate.parse("2022-03-01"));
        assertThat(state.airLink(newYork).orElseThrow().operating()).isFalse();
        assertThat(state.airLink(newYork).orElseThrow().since()).isEqualTo(HistoricalDate.parse("2022-02-28"));
        assertThat(state.sanction(SanctionId.of("us-airspace-ban-2022"))).isEmpty();
        Entry halt = entry("2022-02-28-aeroflot-halts-moscow-new-york");
        assertThat(halt.actor()).isEqualTo(RU);
        assertThat(halt.note()).contains("Canad");
    }

    @Test
    void in_2016_the_us_travel_notice_rule_for_russian_diplomats_was_already_in_force_and_dates_from_the_soviet_period() {
        RestrictionId rule = RestrictionId.of("us-travel-notification-25-miles");
        var restriction = projector.stateAsOf(LocalDate.parse("2016-06-30")).restriction(rule).orElseThrow();
        assertThat(restriction.inForce()).isTrue();
        assertThat(restriction.since().date().getYear()).isLessThan(1960);
        assertThat(restriction.imposedBy()).isEqualTo(US);
        assertThat(entry(restriction.imposedIn().value()).confidence()).isNotEqualTo(Confidence.HIGH);
    }

    @Test
    void the_2017_san_francisco_consulate_and_annex_closures_answer_russias_july_2017_cap() {
        for (String id : List.of("2017-09-02-us-closes-ru-cg-san-francisco", "2017-09-02-us-closes-ru-trade-washington",
                "2017-09-02-us-closes-ru-trade-new-york")) {
            Entry closure = entry(id);
            Entry answered = entry(closure.respondsTo().orElseThrow().value());
            assertThat(answered.actor()).as(id).isEqualTo(RU);
            assertThat(answered.id().value()).isEqualTo("2017-07-28-ru-caps-us-mission-at-455");
        }
        // the U.S. planning to close its own Vladivostok post is not the answer to that cap
        assertThat(entry("2020-12-10-us-plans-to-close-cg-vladivostok").respondsTo()).isEmpty();
    }

    @Test
    void in_april_2021_the_us_consulate_in_vladivostok_was_suspended_not_closed() {
        assertThat(dataset.entries()).filteredOn(e -> e.type() == MeasureType.MISSION_CLOSED)
                .noneMatch(e -> e.measure().toString().contains("us-cg-vladivostok"));
        assertThat(statusOf("us-cg-vladivostok", "2021-04-02")).isEqualTo(MissionStatus.SUSPENDED);
        assertThat(statusOf("us-cg-vladivostok", "2021-01-15")).isEqualTo(MissionStatus.SUSPENDED);
    }

    @Test
    void the_first_istanbul_round_lasted_about_six_and_a_half_hours_and_russia_proposed_direct_flights() {
        TalksRound round = projector.stateAsOf(LocalDate.parse("2025-03-01")).talks().stream()
                .filter(t -> t.entry().value().equals("2025-02-27-istanbul-round-1")).findFirst().orElseThrow();
        assertThat(round.durationHours()).hasValue(6.5);
        assertThat(round.format()).contains(TalksFormat.ROUND);
        assertThat(round.agenda()).anyMatch(item -> item.contains("direct flights"));
        assertThat(entry("2025-02-27-ru-proposes-direct-flights").actor()).isEqualTo(RU);
    }

    @Test
    void as_of_1_march_2025_darchiev_has_agrement_as_russias_ambassador_designate_and_by_july_he_is_in_post() {
        HeadOfMissionState march = projector.stateAsOf(LocalDate.parse("2025-03-01"))
                .headOf(MissionId.of("ru-embassy-washington")).orElseThrow();
        assertThat(march.ambassadorInPost()).isFalse();
        assertThat(march.designate()).hasValueSatisfying(d -> {
            assertThat(d.person()).contains("Darchiev");
            assertThat(d.agrementGranted()).isTrue();
            assertThat(d.since()).isEqualTo(HistoricalDate.parse("2025-02-27"));
        });
        HeadOfMissionState july = projector.stateAsOf(LocalDate.parse("2025-07-01"))
                .headOf(MissionId.of("ru-embassy-washington")).orElseThrow();
        assertThat(july.ambassadorInPost()).isTrue();
        assertThat(july.person()).contains("Darchiev");
    }

    @Test
    void after_the_second_istanbul_round_a_road_map_for_the_six_properties_is_an_open_commitment() {
        var commitment = projector.stateAsOf(LocalDate.parse("2025-04-11"))
                .commitment(CommitmentId.of("road-map-six-properties-2025")).orElseThrow();
        assertThat(commitment.content()).contains("six");
        assertThat(projector.stateAsOf(LocalDate.parse("2025-04-09"))
                .commitment(CommitmentId.of("road-map-six-properties-2025"))).isEmpty();
    }

    @Test
    void in_november_2021_russia_counts_fewer_than_200_staff_at_its_bilateral_missions_and_us_senators_over_400_with_the_un_mission() {
        List<StaffFigure> figures = projector.stateAsOf(LocalDate.parse("2021-11-01")).staffFiguresOf(RU);
        StaffFigure russian = figure(figures, "2021-10-29-ru-diplomats-in-us-about-200");
        assertThat(russian.scope().missions()).isEqualTo(MissionScope.BILATERAL);
        assertThat(russian.bound()).isEqualTo(FigureBound.AT_MOST);
        assertThat(russian.level().total()).isEqualTo(200);
        assertThat(russian.reportedBy()).contains("Russian Foreign Ministry");
        StaffFigure senators = figure(figures, "2021-10-04-senators-russian-diplomats-in-us-over-400");
        assertThat(senators.scope().missions()).isEqualTo(MissionScope.BILATERAL_AND_UN);
        assertThat(senators.bound()).isEqualTo(FigureBound.AT_LEAST);
        assertThat(senators.level().diplomatic()).isEqualTo(400);
    }

    @Test
    void us_mission_staff_in_russia_was_about_1200_in_early_2017_capped_at_455_in_2017_and_about_120_in_august_2021() {
        StaffFigure early2017 = figure(projector.stateAsOf(LocalDate.parse("2017-02-01")).staffFiguresOf(US),
                "2017-01-us-mission-russia-staff-1200");
        assertThat(early2017.level().total()).isEqualTo(1200);
        assertThat(early2017.scope().staff()).isEqualTo(StaffCounted.ALL_STAFF);
        assertThat(early2017.bound()).isEqualTo(FigureBound.ABOUT);
        assertThat(projector.stateAsOf(LocalDate.parse("2017-09-30")).staffOf(US).cap()).hasValue(455);
        StaffFigure august2021 = figure(projector.stateAsOf(LocalDate.parse("2021-08-31")).staffFiguresOf(US),
                "2021-08-us-staff-in-russia-120");
        assertThat(august2021.level().total()).isEqualTo(120);
    }

    @Test
    void the_455_russia_gave_in_july_2017_counted_its_un_mission() {
        StaffFigure figure = figure(projector.stateAsOf(LocalDate.parse("2017-08-01")).staffFiguresOf(RU),
                "2017-07-28-ru-staff-in-us-455");
        assertThat(figure.scope().missions()).isEqualTo(MissionScope.BILATERAL_AND_UN);
        assertThat(figure.level().total()).isEqualTo(455);
    }

    @Test
    void no_expulsion_from_the_un_mission_lowers_a_figure_of_the_bilateral_missions() {
        StaffFigure before = figure(projector.stateAsOf(LocalDate.parse("2022-02-27")).staffFiguresOf(RU),
                "2021-10-29-ru-diplomats-in-us-about-200");
        StaffFigure after = figure(projector.stateAsOf(LocalDate.parse("2022-03-10")).staffFiguresOf(RU),
                "2021-10-29-ru-diplomats-in-us-about-200");
        assertThat(after.changesSinceReport()).isEqualTo(before.changesSinceReport());
        assertThat(entry("2022-02-28-us-expels-12-from-russian-un-mission").measure().toString())
                .contains("ru-mission-un");
    }

    @Test
    void in_mid_2018_seattle_has_two_premises_the_consulate_office_closed_and_the_residence_seized_on_25_april() {
        assertThat(statusOf("ru-cg-seattle", "2018-06-30")).isEqualTo(MissionStatus.CLOSED);
        assertThat(statusOf("ru-cg-seattle-residence", "2018-04-24")).isEqualTo(MissionStatus.OPERATIONAL);
        assertThat(statusOf("ru-cg-seattle-residence", "2018-06-30")).isEqualTo(MissionStatus.SEIZED);
    }

    @Test
    void no_refugee_aid_channel_is_shown_and_unknown_channel_baselines_are_caveated_not_dated_by_a_source() {
        assertThat(dataset.definition().channels()).noneMatch(c -> c.topic().equals("refugee-aid"));
        Channel legislature = dataset.definition().channels().stream()
                .filter(c -> c.id().value().equals("legislatures-congress-duma")).findFirst().orElseThrow();
        assertThat(legislature.since()).isNotEqualTo(HistoricalDate.parse("2025-03-01"));
        assertThat(legislature.confidence()).isEqualTo(Confidence.LOW);
        assertThat(legislature.note()).contains("not known");
        assertThat(dataset.definition().airLinks()).allSatisfy(a -> assertThat(a.note()).as(a.id().value())
                .contains("not"));
    }

    // --- Heads of mission, flights, talks and measures of 2016–2024 (issue 12, 2026-12-03) ----------

    @Test
    void in_august_2017_russias_embassy_in_washington_has_no_ambassador_and_by_october_antonov_is_in_post() {
        HeadOfMissionState august = headOf("ru-embassy-washington", "2017-08-15");
        assertThat(august.ambassadorInPost()).isFalse();
        assertThat(entry("2017-07-22-kislyak-leaves-washington").occurredOn())
                .isEqualTo(HistoricalDate.parse("2017-07-22"));
        assertThat(august.designate()).hasValueSatisfying(d -> {
            assertThat(d.person()).contains("Antonov");
            assertThat(d.agrementGranted()).isTrue();
        });
        HeadOfMissionState october = headOf("ru-embassy-washington", "2017-10-01");
        assertThat(october.ambassadorInPost()).isTrue();
        assertThat(october.person()).contains("Antonov");
        assertThat(october.since()).isEqualTo(HistoricalDate.parse("2017-09-08"));
    }

    @Test
    void on_1_october_2017_huntsman_has_russias_agrement_but_no_post_and_from_3_october_he_is_the_us_ambassador() {
        HeadOfMissionState before = headOf("us-embassy-moscow", "2017-10-01");
        assertThat(before.ambassadorInPost()).isFalse();
        assertThat(before.designate()).hasValueSatisfying(d -> assertThat(d.person()).contains("Huntsman"));
        HeadOfMissionState after = headOf("us-embassy-moscow", "2017-10-04");
        assertThat(after.ambassadorInPost()).isTrue();
        assertThat(after.person()).contains("Huntsman");
        assertThat(after.since()).isEqualTo(HistoricalDate.parse("2017-10-03"));
    }

    @Test
    void as_of_2019_11_01_a_charge_d_affaires_gorman_leads_the_us_embassy_in_moscow_after_huntsman_left() {
        HeadOfMissionState head = headOf("us-embassy-moscow", "2019-11-01");
        assertThat(head.standing()).isEqualTo(HeadOfMissionState.Standing.CHARGE_D_AFFAIRES);
        assertThat(head.person()).contains("Gorman");
        assertThat(headOf("us-embassy-moscow", "2019-09-30").person()).contains("Huntsman");
    }

    @Test
    void as_of_2020_03_01_sullivan_is_the_us_ambassador_in_moscow() {
        HeadOfMissionState head = headOf("us-embassy-moscow", "2020-03-01");
        assertThat(head.ambassadorInPost()).isTrue();
        assertThat(head.person()).contains("Sullivan");
        assertThat(head.since()).isEqualTo(HistoricalDate.parse("2020-02-05"));
    }

    @Test
    void in_may_2021_both_ambassadors_were_home_for_consultations_yet_still_ambassadors_and_geneva_sent_them_back() {
        RelationsState may = projector.stateAsOf(LocalDate.parse("2021-05-15"));
        assertThat(may.headOf(MissionId.of("us-embassy-moscow")).orElseThrow().person()).contains("Sullivan");
        assertThat(may.headOf(MissionId.of("ru-embassy-washington")).orElseThrow().person()).contains("Antonov");
        assertThat(may.statements()).extracting(statement -> statement.entry().value())
                .contains("2021-03-17-ru-recalls-antonov-for-consultations",
                        "2021-04-20-sullivan-to-washington-for-consultations");
        TalksRound summit = projector.stateAsOf(LocalDate.parse("2021-06-17")).talks().stream()
                .filter(t -> t.entry().value().equals("2021-06-16-biden-putin-geneva-summit")).findFirst()
                .orElseThrow();
        assertThat(summit.format()).contains(TalksFormat.SUMMIT);
        RelationsState june18 = projector.stateAsOf(LocalDate.parse("2021-06-18"));
        assertThat(june18.commitment(CommitmentId.of("geneva-ambassadors-return-us")).orElseThrow().status())
                .isEqualTo(CommitmentStatus.OPEN);
        RelationsState july = projector.stateAsOf(LocalDate.parse("2021-07-01"));
        for (String returned : List.of("geneva-ambassadors-return-us", "geneva-ambassadors-return-ru")) {
            assertThat(july.commitment(CommitmentId.of(returned)).orElseThrow().status()).as(returned)
                    .isEqualTo(CommitmentStatus.FULFILLED);
        }
    }

    @Test
    void the_strategic_stability_dialogue_agreed_in_geneva_met_on_28_july_2021_and_in_extraordinary_session_on_10_january_2022() {
        assertThat(projector.stateAsOf(LocalDate.parse("2021-07-27"))
                .commitment(CommitmentId.of("geneva-strategic-stability-dialogue")).orElseThrow().status())
                .isEqualTo(CommitmentStatus.OPEN);
        RelationsState february2022 = projector.stateAsOf(LocalDate.parse("2022-02-01"));
        assertThat(february2022.commitment(CommitmentId.of("geneva-strategic-stability-dialogue")).orElseThrow()
                .status()).isEqualTo(CommitmentStatus.FULFILLED);
        assertThat(february2022.talks()).extracting(t -> t.date().toString())
                .contains("2021-07-28", "2021-09-30", "2022-01-10", "2022-01-21");
    }

    @Test
    void in_2019_the_two_sides_met_in_sochi_osaka_geneva_and_washington() {
        assertThat(projector.stateAsOf(LocalDate.parse("2019-12-31")).talks())
                .filteredOn(t -> t.date().date().getYear() == 2019)
                .extracting(TalksRound::venue)
                .anyMatch(v -> v.contains("Sochi")).anyMatch(v -> v.contains("Osaka"))
                .anyMatch(v -> v.contains("Geneva")).anyMatch(v -> v.contains("Washington"));
    }

    @Test
    void from_august_2019_us_banks_may_not_lend_to_the_russian_government_in_foreign_currency() {
        SanctionId cbw = SanctionId.of("us-cbw-act-sanctions-2019");
        assertThat(projector.stateAsOf(LocalDate.parse("2019-07-31")).sanction(cbw)).isEmpty();
        var sanction = projector.stateAsOf(LocalDate.parse("2019-09-01")).sanction(cbw).orElseThrow();
        assertThat(sanction.imposedBy()).isEqualTo(US);
        assertThat(entry("2019-08-02-us-cbw-act-second-round-sanctions").measure().toString()).contains("BANKING");
    }

    @Test
    void as_of_2020_06_01_aeroflot_flies_no_regular_service_to_the_us_and_from_28_june_2021_it_may_again() {
        RelationsState june2020 = projector.stateAsOf(LocalDate.parse("2020-06-01"));
        RelationsState july2021 = projector.stateAsOf(LocalDate.parse("2021-07-01"));
        for (String route : List.of("moscow-new-york", "moscow-washington", "moscow-los-angeles", "moscow-miami")) {
            AirLinkId link = AirLinkId.of(route);
            assertThat(june2020.airLink(link).orElseThrow().operating()).as(route + " in June 2020").isFalse();
            assertThat(july2021.airLink(link).orElseThrow().operating()).as(route + " in July 2021").isTrue();
            assertThat(july2021.airLink(link).orElseThrow().since()).isEqualTo(HistoricalDate.parse("2021-06-28"));
        }
        // repatriation flights ran in 2020, but they are a note, not a resumption
        assertThat(entry("2020-03-27-russia-halts-regular-flights-moscow-new-york").note()).contains("repatriation");
        assertThat(entry("2021-06-28-moscow-washington-resumed").confidence()).isEqualTo(Confidence.LOW);
    }

    @Test
    void as_of_2022_03_01_no_aeroflot_route_to_the_us_is_flying() {
        RelationsState state = projector.stateAsOf(LocalDate.parse("2022-03-01"));
        assertThat(state.airLinks()).filteredOn(a -> a.airLink().carriers().contains("Aeroflot"))
                .hasSize(4).noneMatch(a -> a.operating());
    }

    @Test
    void as_of_2022_10_01_a_charge_rood_leads_the_us_embassy_and_tracy_has_agrement_and_from_february_2023_tracy_is_ambassador() {
        HeadOfMissionState october = headOf("us-embassy-moscow", "2022-10-01");
        assertThat(october.standing()).isEqualTo(HeadOfMissionState.Standing.CHARGE_D_AFFAIRES);
        assertThat(october.person()).contains("Rood");
        assertThat(october.designate()).hasValueSatisfying(d -> {
            assertThat(d.person()).contains("Tracy");
            assertThat(d.agrementGranted()).isTrue();
        });
        assertThat(headOf("us-embassy-moscow", "2022-09-01").person()).contains("Sullivan");
        HeadOfMissionState february = headOf("us-embassy-moscow", "2023-02-01");
        assertThat(february.ambassadorInPost()).isTrue();
        assertThat(february.person()).contains("Tracy");
        assertThat(entry("2023-01-30-tracy-takes-up-post").note()).contains("5 April 2023");
    }

    @Test
    void antonov_left_washington_on_5_october_2024_before_the_decree_of_the_10th_and_the_post_stayed_vacant() {
        HeadOfMissionState head = headOf("ru-embassy-washington", "2024-10-07");
        assertThat(head.standing()).isEqualTo(HeadOfMissionState.Standing.VACANT);
        assertThat(head.since()).isEqualTo(HistoricalDate.parse("2024-10-05"));
        assertThat(headOf("ru-embassy-washington", "2024-10-04").person()).contains("Antonov");
        assertThat(headOf("ru-embassy-washington", "2024-11-01").standing())
                .isEqualTo(HeadOfMissionState.Standing.VACANT);
        assertThat(dataset.entries()).filteredOn(e -> e.type() == MeasureType.HEAD_OF_MISSION_DEPARTED)
                .filteredOn(e -> e.measure().toString().contains("Antonov")).hasSize(1);
    }

    @Test
    void in_2019_the_presidents_spoke_by_telephone_in_may_and_december() {
        assertThat(projector.stateAsOf(LocalDate.parse("2019-12-31")).talks())
                .filteredOn(t -> t.format().equals(Optional.of(TalksFormat.CALL)))
                .extracting(t -> t.date().toString())
                .contains("2019-05-03", "2019-12-29");
    }

    @Test
    void in_september_2019_ten_of_lavrovs_un_delegation_got_no_us_visas_which_moves_no_staff_figure() {
        Entry withheld = entry("2019-09-24-us-withholds-visas-russian-unga-delegation");
        assertThat(withheld.actor()).isEqualTo(US);
        assertThat(withheld.measure().toString()).contains("10");
        assertThat(projector.stateAsOf(LocalDate.parse("2019-09-30")).staffFiguresOf(RU))
                .isEqualTo(projector.stateAsOf(LocalDate.parse("2019-09-20")).staffFiguresOf(RU));
    }

    @Test
    void between_the_invasion_and_the_end_of_2022_the_only_senior_meeting_was_burns_and_naryshkin_in_ankara() {
        assertThat(projector.stateAsOf(LocalDate.parse("2022-12-31")).talks())
                .filteredOn(t -> t.date().date().isAfter(LocalDate.parse("2022-02-24")))
                .extracting(TalksRound::venue)
                .singleElement().asString().contains("Ankara");
        assertThat(projector.stateAsOf(LocalDate.parse("2022-02-13")).talks())
                .anyMatch(t -> t.date().toString().equals("2022-02-12") && t.format().equals(Optional.of(TalksFormat.CALL)));
    }

    @Test
    void by_the_end_of_2024_us_banking_sanctions_cover_the_central_bank_sberbank_alfa_mir_the_moscow_exchange_and_gazprombank() {
        RelationsState end2024 = projector.stateAsOf(LocalDate.parse("2024-12-31"));
        for (String id : List.of("us-central-bank-sanctions-2022", "us-sberbank-alfa-blocking-2022",
                "us-nspk-mir-sanctions-2024", "us-moex-sanctions-2024", "us-gazprombank-sanctions-2024")) {
            assertThat(end2024.sanction(SanctionId.of(id))).as(id).isPresent();
            assertThat(dataset.entries()).filteredOn(e -> e.measure().toString().contains(id)).first()
                    .satisfies(e -> assertThat(e.measure().toString()).contains("BANKING"));
        }
        assertThat(projector.stateAsOf(LocalDate.parse("2024-06-11")).sanction(SanctionId.of("us-moex-sanctions-2024")))
                .isEmpty();
        assertThat(projector.stateAsOf(LocalDate.parse("2022-02-27"))
                .sanction(SanctionId.of("us-central-bank-sanctions-2022"))).isEmpty();
    }

    @Test
    void in_2023_russia_suspended_new_start_and_protested_the_us_visas_for_its_security_council_delegation() {
        assertThat(projector.stateAsOf(LocalDate.parse("2023-12-31")).statements())
                .filteredOn(statement -> statement.date().date().getYear() == 2023)
                .extracting(statement -> statement.entry().value())
                .contains("2023-02-21-ru-suspends-new-start", "2023-04-18-lavrov-on-us-visas-for-unsc-delegation");
        assertThat(entry("2023-04-18-lavrov-on-us-visas-for-unsc-delegation").type()).isEqualTo(MeasureType.STATEMENT);
    }

    @Test
    void russia_answered_the_2022_un_mission_expulsions_on_23_march_with_expulsions_of_an_unstated_number() {
        Entry answer = entry("2022-03-23-ru-expels-us-diplomats-number-unstated");
        assertThat(answer.actor()).isEqualTo(RU);
        assertThat(answer.respondsTo()).hasValueSatisfying(
                id -> assertThat(id.value()).isEqualTo("2022-02-28-us-expels-12-from-russian-un-mission"));
        assertThat(answer.note()).contains("count");
    }

    @Test
    void in_october_2021_nuland_and_ryabkov_met_in_moscow_on_the_embassies_without_progress() {
        TalksRound moscow = projector.stateAsOf(LocalDate.parse("2021-10-31")).talks().stream()
                .filter(t -> t.entry().value().equals("2021-10-12-nuland-ryabkov-moscow")).findFirst().orElseThrow();
        assertThat(moscow.venue()).contains("Moscow");
        assertThat(moscow.agenda()).anyMatch(item -> item.contains("embassies"));
        assertThat(moscow.outcome()).contains("No progress");
    }

    private static HeadOfMissionState headOf(String mission, String date) {
        return projector.stateAsOf(LocalDate.parse(date)).headOf(MissionId.of(mission)).orElseThrow();
    }

    @Test
    void as_of_2017_09_01_russians_waited_85_days_for_a_us_visitor_visa_interview_in_moscow() {
        VisaWaitState wait = waitAt("2017-09-01", "U.S. Embassy Moscow", VisaClass.NONIMMIGRANT, "B1/B2");
        assertThat(wait.waitDays()).hasValue(85);
        assertThat(wait.bound()).isEqualTo(FigureBound.EXACT);
        assertThat(wait.reportedOn()).isEqualTo(HistoricalDate.parse("2017-08-21"));
        assertThat(wait.issuer()).isEqualTo(US);
        assertThat(wait.applicants()).isEqualTo(RU);
        assertThat(projector.stateAsOf(LocalDate.parse("2017-08-20")).visaWaits()).as("before the first report")
                .isEmpty();
    }

    @Test
    void in_october_2017_no_us_visitor_visa_appointment_could_be_booked_in_moscow() {
        VisaWaitState wait = waitAt("2017-10-31", "U.S. Embassy Moscow", VisaClass.NONIMMIGRANT, "B1/B2");
        assertThat(wait.noAppointments()).isTrue();
        assertThat(wait.reportedIn().value()).isEqualTo("2017-10-us-visa-wait-moscow-no-appointments");
    }

    @Test
    void as_of_2018_04_30_the_next_us_visitor_visa_appointment_in_moscow_was_250_days_away() {
        assertThat(waitAt("2018-04-30", "U.S. Embassy Moscow", VisaClass.NONIMMIGRANT, "B1/B2").waitDays())
                .hasValue(250);
    }

    @Test
    void as_of_2018_05_31_the_us_embassy_gave_about_50_days_for_a_visa_interview_in_vladivostok() {
        VisaWaitState wait = waitAt("2018-05-31", "U.S. Consulate General Vladivostok", VisaClass.NONIMMIGRANT, "");
        assertThat(wait.waitDays()).hasValue(50);
        assertThat(wait.bound()).isEqualTo(FigureBound.ABOUT);
    }

    @Test
    void as_of_2019_06_01_russians_waited_300_days_for_a_us_visitor_visa_interview_in_moscow_and_60_in_vladivostok() {
        assertThat(waitAt("2019-06-01", "U.S. Embassy Moscow", VisaClass.NONIMMIGRANT, "B1/B2").waitDays())
                .hasValue(300);
        assertThat(waitAt("2019-06-01", "U.S. Consulate General Yekaterinburg", VisaClass.NONIMMIGRANT, "B1/B2")
                .waitDays()).hasValue(300);
        assertThat(waitAt("2019-06-01", "U.S. Consulate General Vladivostok", VisaClass.NONIMMIGRANT, "B1/B2")
                .waitDays()).hasValue(60);
    }

    @Test
    void from_12_october_2021_russians_applied_for_us_immigrant_visas_in_warsaw() {
        assertThat(projector.stateAsOf(LocalDate.parse("2021-10-11")).visaAccess())
                .noneMatch(v -> v.visaClass() == VisaClass.IMMIGRANT && v.designatedPost().contains("Warsaw"));
        assertThat(projector.stateAsOf(LocalDate.parse("2021-11-01")).visaAccess()).anySatisfy(v -> {
            assertThat(v.issuer()).isEqualTo(US);
            assertThat(v.visaClass()).isEqualTo(VisaClass.IMMIGRANT);
            assertThat(v.designatedPost()).isEqualTo("U.S. Embassy Warsaw");
            assertThat(v.since()).isEqualTo(HistoricalDate.parse("2021-10-12"));
        });
    }

    @Test
    void as_of_2020_12_31_the_us_embassy_in_moscow_held_no_visa_interviews_of_any_class() {
        VisaWaitState wait = waitAt("2020-12-31", "U.S. Embassy Moscow", VisaClass.ALL, "");
        assertThat(wait.noAppointments()).isTrue();
        assertThat(wait.reportedOn()).isEqualTo(HistoricalDate.parse("2020-12-03"));
    }

    // --- The record carried to mid-2026 (2026-12-03), each fact as the question it answers ----------

    @Test
    void before_the_alaska_summit_trump_and_putin_had_spoken_by_phone_on_18_march_19_may_4_and_14_june_and_3_july_2025() {
        List<String> calls = callsBetween(projector.stateAsOf(LocalDate.parse("2025-08-14")), "2025-01-01");
        assertThat(calls).containsExactly("2025-03-18", "2025-05-19", "2025-06-04", "2025-06-14", "2025-07-03");
    }

    @Test
    void the_riyadh_round_of_24_march_2025_left_an_open_us_commitment_on_payment_systems_that_russia_tied_to_swift() {
        RelationsState before = projector.stateAsOf(LocalDate.parse("2025-03-23"));
        assertThat(before.commitment(CommitmentId.of("riyadh-farm-exports-payments-2025"))).isEmpty();
        RelationsState after = projector.stateAsOf(LocalDate.parse("2025-04-01"));
        TalksRound round = round(after, "2025-03-24-riyadh-expert-round");
        assertThat(round.venue()).contains("Riyadh");
        assertThat(round.format()).contains(TalksFormat.ROUND);
        assertThat(round.delegations()).anyMatch(d -> d.contains("Karasin"));
        var commitment = after.commitment(CommitmentId.of("riyadh-farm-exports-payments-2025")).orElseThrow();
        assertThat(commitment.party()).isEqualTo(US);
        assertThat(commitment.content()).contains("payment systems");
        assertThat(after.statements()).filteredOn(st -> st.side().equals(RU))
                .anyMatch(st -> st.position().contains("SWIFT") && st.position().contains("Rosselkhozbank"));
        // still open in mid-2026: nothing shows it carried out
        assertThat(projector.stateAsOf(LocalDate.parse("2026-07-01"))
                .commitment(CommitmentId.of("riyadh-farm-exports-payments-2025")).orElseThrow().status())
                .isEqualTo(CommitmentStatus.OPEN);
    }

    @Test
    void in_spring_2025_witkoff_met_putin_in_moscow_on_13_march_in_st_petersburg_on_11_april_and_in_the_kremlin_on_25_april() {
        RelationsState may = projector.stateAsOf(LocalDate.parse("2025-05-01"));
        assertThat(round(may, "2025-03-13-witkoff-putin-moscow").venue()).contains("Moscow");
        assertThat(round(may, "2025-04-11-witkoff-putin-st-petersburg").venue()).contains("St. Petersburg");
        TalksRound kremlin = round(may, "2025-04-25-witkoff-putin-moscow");
        assertThat(kremlin.durationHours()).hasValue(3.0);
        assertThat(kremlin.delegations()).anyMatch(d -> d.contains("Witkoff"));
        assertThat(projector.stateAsOf(LocalDate.parse("2025-04-24")).talks())
                .noneMatch(t -> t.entry().value().equals("2025-04-25-witkoff-putin-moscow"));
    }

    @Test
    void on_2_april_2025_dmitriev_held_talks_in_washington_that_touched_on_restoring_air_travel() {
        assertThat(projector.stateAsOf(LocalDate.parse("2025-04-01")).talks())
                .noneMatch(t -> t.entry().value().equals("2025-04-02-dmitriev-witkoff-washington"));
        TalksRound visit = round(projector.stateAsOf(LocalDate.parse("2025-04-05")), "2025-04-02-dmitriev-witkoff-washington");
        assertThat(visit.venue()).contains("Washington");
        assertThat(visit.agenda()).anyMatch(item -> item.contains("air travel"));
        assertThat(entry("2025-04-02-dmitriev-witkoff-washington").corroboration().standing())
                .isEqualTo(Corroboration.Standing.CORROBORATED);
    }

    @Test
    void rubio_and_lavrov_met_in_kuala_lumpur_on_10_july_2025() {
        TalksRound meeting = round(projector.stateAsOf(LocalDate.parse("2025-07-11")), "2025-07-10-rubio-lavrov-kuala-lumpur");
        assertThat(meeting.date()).isEqualTo(HistoricalDate.parse("2025-07-10"));
        assertThat(meeting.venue()).contains("Kuala Lumpur");
        assertThat(meeting.format()).contains(TalksFormat.MEETING);
    }

    @Test
    void after_the_june_2025_cancellation_the_us_embassy_called_the_channel_constructive_and_a_state_official_met_the_ministry_in_october() {
        RelationsState september = projector.stateAsOf(LocalDate.parse("2025-09-01"));
        assertThat(september.statements()).filteredOn(st -> st.side().equals(US))
                .anyMatch(st -> st.entry().value().equals("2025-08-us-embassy-irritants-channel-constructive")
                        && st.position().contains("constructive"));
        TalksRound andreoli = round(projector.stateAsOf(LocalDate.parse("2025-11-01")),
                "2025-10-andreoli-moscow-embassy-operations");
        assertThat(andreoli.date()).isEqualTo(HistoricalDate.parse("2025-10"));
        assertThat(andreoli.venue()).contains("Foreign Ministry");
        // a meeting, not a round of the embassy-operations channel: the channel counts no new meeting
        ChannelId embassies = ChannelId.of("ministries-embassy-operations");
        var before = projector.stateAsOf(LocalDate.parse("2025-09-30")).channel(embassies).orElseThrow();
        var after = projector.stateAsOf(LocalDate.parse("2025-11-01")).channel(embassies).orElseThrow();
        assertThat(after.meetings()).isEqualTo(before.meetings());
        assertThat(after.lastMet()).isEqualTo(before.lastMet());
    }

    @Test
    void in_autumn_2025_russia_says_its_diplomats_still_may_not_visit_the_properties_the_road_map_was_to_return() {
        RelationsState october = projector.stateAsOf(LocalDate.parse("2025-10-01"));
        assertThat(october.commitment(CommitmentId.of("road-map-six-properties-2025")).orElseThrow().status())
                .isEqualTo(CommitmentStatus.OPEN);
        assertThat(october.statements()).anyMatch(st -> st.entry().value().equals("2025-09-17-ryabkov-no-access-to-properties")
                && st.position().contains("visit"));
        assertThat(entry("2025-11-15-ru-embassy-property-return-refused").respondsTo().orElseThrow().value())
                .isEqualTo("2025-09-17-ryabkov-no-access-to-properties");
    }

    @Test
    void at_the_end_of_2025_russia_claims_easier_visas_and_movement_for_diplomats_but_the_april_commitment_stays_open() {
        RelationsState newYear = projector.stateAsOf(LocalDate.parse("2026-01-01"));
        var channel = newYear.channel(ChannelId.of("ministries-embassy-operations")).orElseThrow();
        assertThat(channel.status()).isEqualTo(ChannelStatus.ACTIVE);
        assertThat(channel.lastMet()).contains(HistoricalDate.parse("2025-12"));
        Entry gusarov = entry("2025-12-gusarov-diplomat-visas-movement-eased");
        assertThat(gusarov.occurredOn()).isEqualTo(HistoricalDate.parse("2025-12"));
        assertThat(gusarov.confidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(newYear.commitment(CommitmentId.of("ease-diplomat-travel-visas-ru-2025")).orElseThrow().status())
                .isEqualTo(CommitmentStatus.OPEN);
    }

    @Test
    void in_2026_dmitriev_met_witkoffs_team_in_florida_on_31_january_and_11_march() {
        RelationsState april = projector.stateAsOf(LocalDate.parse("2026-04-01"));
        assertThat(april.talks()).filteredOn(t -> t.venue().contains("Florida"))
                .filteredOn(t -> t.delegations().stream().anyMatch(d -> d.contains("Dmitriev")))
                .extracting(t -> t.date().toString())
                .containsExactly("2026-01-31", "2026-03-11");
    }

    @Test
    void trump_and_putin_last_spoke_on_29_april_2026_known_from_the_kremlin_alone() {
        RelationsState june = projector.stateAsOf(LocalDate.parse("2026-06-30"));
        List<String> calls = callsBetween(june, "2026-01-01");
        assertThat(calls).containsExactly("2026-03-09", "2026-04-29");
        Entry call = entry("2026-04-29-trump-putin-call");
        assertThat(call.corroboration().standing()).isEqualTo(Corroboration.Standing.SINGLE_SOURCE);
        assertThat(call.confidence()).isEqualTo(Confidence.MEDIUM);
    }

    @Test
    void in_june_2026_russia_calls_the_irritants_dialogue_stagnant_and_no_round_is_recorded_since_december_2025() {
        RelationsState july = projector.stateAsOf(LocalDate.parse("2026-07-01"));
        assertThat(july.statements()).anyMatch(st -> st.entry().value().equals("2026-06-24-ryabkov-irritants-stagnation-round-planned")
                && st.position().contains("before the end of the summer"));
        assertThat(july.channel(ChannelId.of("ministries-embassy-operations")).orElseThrow().lastMet())
                .contains(HistoricalDate.parse("2025-12"));
    }

    private static List<String> callsBetween(RelationsState state, String from) {
        LocalDate start = LocalDate.parse(from);
        return state.talks().stream().filter(t -> t.format().equals(Optional.of(TalksFormat.CALL)))
                .filter(t -> !t.date().date().isBefore(start))
                .map(t -> t.date().toString()).sorted().toList();
    }

    private static TalksRound round(RelationsState state, String entryId) {
        return state.talks().stream().filter(t -> t.entry().value().equals(entryId)).findFirst().orElseThrow();
    }

    private static Entry entry(String id) {
        return dataset.entries().stream().filter(e -> e.id().value().equals(id)).findFirst().orElseThrow();
    }

    private static StaffFigure figure(List<StaffFigure> figures, String reportedIn) {
        return figures.stream().filter(f -> f.reportedIn().value().equals(reportedIn)).findFirst().orElseThrow();
    }

    private static VisaWaitState waitAt(String date, String post, VisaClass visaClass, String category) {
        return projector.stateAsOf(LocalDate.parse(date)).visaWaits().stream()
                .filter(w -> w.post().equals(post) && w.visaClass() == visaClass && w.visaCategory().equals(category))
                .findFirst().orElseThrow(() -> new AssertionError("no wait at " + post + " as of " + date));
    }

    private static MissionStatus statusOf(String mission, String date) {
        return projector.stateAsOf(LocalDate.parse(date)).mission(MissionId.of(mission)).orElseThrow().status();
    }
}
