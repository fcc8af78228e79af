package org.detente.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.detente.ledger.Entry;
import org.detente.ledger.Retraction;
import org.detente.ledger.StaffExpelled;
import org.detente.model.StaffCategory;
import org.junit.jupiter.api.Test;

/** The kit's entries are valid as the core checks them, and each cites a source of its own day. */
class EntriesTest {
    private static final StaffExpelled EXPELLED = new StaffExpelled(35, StaffCategory.DIPLOMATIC, Optional.empty());

    @Test
    void an_entry_by_russia_targets_the_united_states_and_cites_a_report_of_the_day_it_occurred() {
        Entry entry = Entries.entry("ru-expels-35").by(Entries.RU).on("2016-12-30").does(EXPELLED);

        assertThat(entry.target()).isEqualTo(Entries.US);
        assertThat(entry.recordedAt()).isEqualTo(Instant.parse("2016-12-30T09:30:00Z"));
        assertThat(entry.sources()).singleElement().satisfies(source -> {
            assertThat(source.published()).isEqualTo(entry.occurredOn().date());
            assertThat(source.url().toString()).endsWith("/ru-expels-35");
        });
    }

    @Test
    void a_retraction_is_made_by_the_same_party_the_day_after_and_names_what_it_retracts() {
        Entry expulsion = Entries.entry("us-expels-35").on("2016-12-29").does(EXPELLED);

        Entry retraction = Entries.retraction("r-1", expulsion, "recorded twice");

        assertThat(retraction.actor()).isEqualTo(expulsion.actor());
        assertThat(retraction.occurredOn().date()).isEqualTo(expulsion.occurredOn().date().plusDays(1));
        assertThat(retraction.measure()).isEqualTo(new Retraction(expulsion.id(), "recorded twice"));
    }
}
