package org.detente.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.detente.app.service.BundledWorkspace;
import org.detente.ledger.Entry;
import org.junit.jupiter.api.Test;

/** How entries of the bundled US–Russia record read as sentences. */
class EntryWordsTest {
    private static Entry entry(String id) {
        return Briefings.basis().view().liveEntriesBy(LocalDate.parse("2026-06-01")).stream()
                .filter(e -> e.id().value().equals(id)).findFirst().orElseThrow();
    }

    private static String sentence(String id) {
        return new EntryWords(new BundledWorkspace().dyad("us-ru").definition()).describe(entry(id));
    }

    @Test
    void a_call_is_named_by_who_spoke_not_called_a_leaders_call_when_ministers_spoke() {
        assertThat(sentence("2025-10-20-rubio-lavrov-call"))
                .startsWith("Call between United States: Secretary of State Marco Rubio and Russia: Foreign Minister"
                        + " Sergey Lavrov")
                .doesNotContain("Leaders'");
        assertThat(sentence("2025-07-03-trump-putin-call"))
                .startsWith("Call between United States: President Donald Trump and Russia: President Vladimir Putin");
    }

    @Test
    void a_round_says_where_and_how_long() {
        assertThat(sentence("2025-02-27-istanbul-round-1")).startsWith("Round of talks in Istanbul")
                .contains("(about 6.5 hours)");
    }
}
