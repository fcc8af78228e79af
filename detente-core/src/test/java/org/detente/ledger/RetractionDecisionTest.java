package org.detente.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.detente.fixtures.LedgerFixtures.entry;
import static org.detente.fixtures.LedgerFixtures.expelled;
import static org.detente.fixtures.LedgerFixtures.retraction;
import static org.detente.fixtures.MissionFixtures.RU;
import static org.detente.fixtures.MissionFixtures.SOURCES;
import static org.detente.fixtures.MissionFixtures.US;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.detente.model.Source;
import org.junit.jupiter.api.Test;

/** May this entry be retracted? The decision comes from the ledger, as a typed outcome. */
class RetractionDecisionTest {
    private final Entry expulsion = entry("us-expels-35").by(US).on("2016-12-29").does(expelled(35));
    private final Entry report = entry("ru-expels-60").by(RU).on("2018-03-29").does(expelled(60));
    private final Entry retracted = entry("retracts-report").by(RU).on("2018-03-29").does(retraction("ru-expels-60"));
    private final List<Entry> ledger = List.of(expulsion, report, retracted);

    @Test
    void an_entry_not_yet_retracted_may_be_retracted_citing_its_own_sources_unless_others_are_given() {
        RetractionDecision decision = RetractionDecision.decide(ledger, expulsion.id(), "recorded twice", Optional.empty());

        assertThat(decision).isInstanceOfSatisfying(RetractionDecision.Allowed.class, allowed -> {
            assertThat(allowed.target()).isEqualTo(expulsion);
            assertThat(allowed.measure().retracts()).isEqualTo(expulsion.id());
            assertThat(allowed.measure().reason()).isEqualTo("recorded twice");
            assertThat(allowed.sources()).isEqualTo(SOURCES);
        });
        List<Source> other = List.of(new Source(URI.create("https://example.org/correction"), "Correction", "Example",
                LocalDate.of(2017, 1, 2)));
        assertThat(RetractionDecision.decide(ledger, expulsion.id(), "wrong date", Optional.of(other)))
                .isInstanceOfSatisfying(RetractionDecision.Allowed.class, a -> assertThat(a.sources()).isEqualTo(other));
    }

    @Test
    void an_entry_retracted_already_names_the_retraction_that_did_it() {
        assertThat(RetractionDecision.decide(ledger, report.id(), "again", Optional.empty()))
                .isInstanceOfSatisfying(RetractionDecision.AlreadyRetracted.class,
                        already -> assertThat(already.by()).isEqualTo(retracted));
    }

    @Test
    void a_retraction_is_never_retracted_and_an_unknown_id_is_said_to_be_unknown() {
        assertThat(RetractionDecision.decide(ledger, retracted.id(), "undo", Optional.empty()))
                .isEqualTo(new RetractionDecision.IsARetraction(retracted.id()));
        assertThat(RetractionDecision.decide(ledger, EntryId.of("nowhere"), "gone", Optional.empty()))
                .isEqualTo(new RetractionDecision.UnknownEntry(EntryId.of("nowhere")));
    }

    @Test
    void a_retraction_must_say_why() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RetractionDecision.decide(ledger, expulsion.id(), " ", Optional.empty()))
                .withMessageContaining("reason");
    }
}
