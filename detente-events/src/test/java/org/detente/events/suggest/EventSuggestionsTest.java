package org.detente.events.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.detente.events.Fixtures;
import org.detente.events.ingest.EventFileReader;
import org.detente.events.store.DuckDbEventStore;
import org.detente.ledger.Entry;
import org.detente.ledger.InMemoryLedgerStore;
import org.detente.ledger.InvalidEntriesException;
import org.detente.ledger.MeasureType;
import org.detente.ledger.StaffExpelled;
import org.detente.model.Confidence;
import org.detente.model.Country;
import org.detente.model.Dyad;
import org.detente.model.DyadDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventSuggestionsTest {
    private static final Dyad US_RU = Dyad.parse("us-ru");
    private final Clock clock = Clock.fixed(Instant.parse("2025-05-01T10:00:00Z"), ZoneOffset.UTC);
    private DuckDbEventStore store;
    private EventSuggestions desk;
    private InMemoryLedgerStore ledger;

    @BeforeEach
    void load() {
        store = DuckDbEventStore.inMemory();
        store.importFiles(List.of(Fixtures.file("gdelt1-mixed.tsv"), Fixtures.file("gdelt2.export.CSV"),
                Fixtures.file("icews.tab")), EventFileReader.Progress.NONE);
        desk = new EventSuggestions(store, clock);
        ledger = new InMemoryLedgerStore();
        ledger.saveDefinition(new DyadDefinition(US_RU, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of()));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void events_whose_codes_match_a_measure_type_become_suggestions_one_per_reported_act() {
        List<Suggestion> suggestions = desk.list(US_RU);
        assertThat(suggestions).extracting(Suggestion::id).containsExactly(
                "ev-ru-us-19820103-talks-held",
                "ev-us-ru-20180326-staff-expelled",
                "ev-ru-us-20180329-staff-expelled",
                "ev-ru-us-20180401-channel-suspended",
                "ev-us-ru-20180602-sanction-imposed",
                "ev-us-ru-20191001-talks-held",
                "ev-ru-us-20191015-sanction-imposed",
                "ev-ru-us-20191103-commitment-made");
        Suggestion expulsion = suggestions.get(1);
        assertThat(expulsion.reports()).as("two articles a day apart report one expulsion").isEqualTo(2);
        assertThat(expulsion.lastDay()).isEqualTo(LocalDate.of(2018, 3, 27));
        assertThat(expulsion.sources().get(0).url()).contains("https://news.example.org/2018/03/26/us-expels-60");
        assertThat(expulsion.status()).isEqualTo(Suggestion.Status.PENDING);
    }

    @Test
    void reports_more_than_a_day_apart_are_different_acts() {
        assertThat(desk.list(US_RU)).filteredOn(s -> s.rule() == SuggestionRule.EXPULSION)
                .extracting(Suggestion::actor).containsExactly(Country.of("US"), Country.of("RU"));
    }

    @Test
    void an_accepted_expulsion_becomes_a_ledger_entry_sourced_by_its_articles() {
        Entry entry = desk.accept(US_RU, "ev-us-ru-20180326-staff-expelled",
                new AcceptDetails(OptionalInt.of(60), Optional.empty()), ledger, "editor");
        assertThat(ledger.entries(US_RU)).containsExactly(entry);
        assertThat(entry.type()).isEqualTo(MeasureType.STAFF_EXPELLED);
        assertThat(((StaffExpelled) entry.measure()).count()).isEqualTo(60);
        assertThat(entry.actor()).isEqualTo(Country.of("US"));
        assertThat(entry.confidence()).isEqualTo(Confidence.LOW);
        assertThat(entry.sources()).extracting(s -> s.url().toString()).containsExactly(
                "https://news.example.org/2018/03/26/us-expels-60",
                "https://news.example.org/2018/03/27/sixty-diplomats");
        assertThat(entry.sources().get(0).title()).isEqualTo("GDELT1 event 9001 (CAMEO 174: Expel or deport individuals)");
        assertThat(desk.list(US_RU).get(1).status()).isEqualTo(Suggestion.Status.ACCEPTED);
        assertThat(desk.list(US_RU).get(1).entryId()).contains("ev-us-ru-20180326-staff-expelled");
    }

    @Test
    void an_expulsion_is_not_accepted_without_the_number_expelled() {
        assertThatThrownBy(() -> desk.accept(US_RU, "ev-us-ru-20180326-staff-expelled", AcceptDetails.none(), ledger,
                "editor")).isInstanceOf(SuggestionDecisionException.class).hasMessageContaining("--count N");
        assertThat(ledger.entries(US_RU)).isEmpty();
    }

    @Test
    void an_icews_sanction_is_sourced_by_the_icews_dataverse() {
        Entry entry = desk.accept(US_RU, "ev-us-ru-20180602-sanction-imposed", AcceptDetails.none(), ledger, "editor");
        assertThat(entry.sources().get(0).url()).isEqualTo(EventSuggestions.ICEWS_DATAVERSE);
    }

    @Test
    void reduced_relations_need_a_channel_the_dyad_defines() {
        assertThatThrownBy(() -> desk.accept(US_RU, "ev-ru-us-20180401-channel-suspended",
                new AcceptDetails(OptionalInt.empty(), Optional.of("no-such-channel")), ledger, "editor"))
                .isInstanceOf(InvalidEntriesException.class);
        assertThat(desk.list(US_RU).get(3).status()).isEqualTo(Suggestion.Status.PENDING);
    }

    @Test
    void a_dismissed_suggestion_stays_listed_and_cannot_be_accepted() {
        desk.dismiss(US_RU, "ev-us-ru-20191001-talks-held", "editor");
        assertThat(desk.list(US_RU).get(5).status()).isEqualTo(Suggestion.Status.DISMISSED);
        assertThatThrownBy(() -> desk.accept(US_RU, "ev-us-ru-20191001-talks-held", AcceptDetails.none(), ledger,
                "editor")).isInstanceOf(SuggestionDecisionException.class).hasMessage(
                "suggestion ev-us-ru-20191001-talks-held is already dismissed");
    }

    @Test
    void a_suggestion_reported_only_by_events_without_an_address_cannot_be_sourced() {
        assertThatThrownBy(() -> desk.accept(US_RU, "ev-ru-us-19820103-talks-held", AcceptDetails.none(), ledger,
                "editor")).isInstanceOf(SuggestionDecisionException.class).hasMessageContaining("no reporting event");
    }
}
