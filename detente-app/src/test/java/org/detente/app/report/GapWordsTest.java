package org.detente.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.detente.analysis.StaffGap;
import org.detente.app.service.BundledWorkspace;
import org.detente.app.usecase.DyadBasis;
import org.detente.app.usecase.Question;
import org.detente.app.usecase.UseCases;
import org.detente.model.Country;
import org.detente.state.RelationsState;
import org.junit.jupiter.api.Test;

/** The headline gaps in words, on the bundled record: figures as the ledger gives them, nothing guessed. */
class GapWordsTest {
    private static final LocalDate AS_OF = LocalDate.parse("2025-06-01");
    private static final UseCases USE_CASES = new UseCases(new BundledWorkspace());
    private static final DyadBasis US_RU = USE_CASES.bases().current("us-ru");
    private static final GapWords WORDS = new GapWords(US_RU.ledger().definition());

    private static StaffGap gap(String sending) {
        return USE_CASES.gaps().answer(new Question("us-ru", AS_OF, Optional.empty()), Optional.empty()).staff().stream().filter(g -> g.target().sending().equals(Country.of(sending)))
                .findFirst().orElseThrow();
    }

    private static RelationsState state() {
        return US_RU.ledger().projector().stateAsOf(AS_OF, Optional.empty());
    }

    @Test
    void the_us_staff_sentence_gives_today_the_earliest_level_and_the_target_against_both() {
        StaffGap gap = gap("US");

        String sentence = WORDS.staff(gap, state().staffOf(Country.of("US")), Optional.empty());

        assertThat(sentence).startsWith("United States has 127 staff in Russia as of the report of ")
                .contains("about a ninth of January 2017's about 1,200 (embassy and consulates, all staff)")
                .contains("aims at 15× the level of 10 April 2025 (127), 1,905, 1.6 times January 2017's level")
                .contains("Russia's cap of 455 leaves room for 328 more, short of the 1,778 still needed")
                .endsWith(".");
    }

    @Test
    void a_level_no_report_gives_is_said_to_be_missing_with_the_earliest_figure_beside_it() {
        StaffGap gap = gap("RU");

        String sentence = WORDS.staff(gap, state().staffOf(Country.of("RU")), Optional.empty());

        assertThat(sentence).startsWith("No report gives Russia's diplomatic staff in United States as of 1 June 2025")
                .contains("the earliest figure the record gives is 455").contains("of 28 July 2017")
                .contains("25–30× the level of 10 April 2025, which no report gives");
    }

    @Test
    void the_other_gaps_count_posts_closures_restrictions_and_channels_by_side() {
        RelationsState state = state();

        assertThat(WORDS.visas(state)).startsWith("As of 1 June 2025, 1 of 4 consular posts of United States in Russia")
                .contains("emergency only").endsWith("issue visas.");
        assertThat(WORDS.closures(state)).contains("10 consulates and premises are closed or seized")
                .contains("in Russia, Consulate General of the United States in St. Petersburg (closed since 29 March 2018)");
        assertThat(WORDS.restrictions(state)).contains("4 restrictions are in force (1 imposed by United States, "
                + "3 imposed by Russia)").doesNotContain("..");
        assertThat(WORDS.channels(state)).contains("3 of the 7 channels between the two sides are active")
                .contains("(suspended since 3 March 2022)");
    }

    @Test
    void a_share_is_a_plain_fraction_when_near_one_and_a_percentage_otherwise() {
        assertThat(GapWords.share(127, 1200)).isEqualTo("about a ninth of");
        assertThat(GapWords.share(100, 1000)).isEqualTo("a tenth of");
        assertThat(GapWords.share(600, 1200)).isEqualTo("half of");
        assertThat(GapWords.share(700, 1000)).isEqualTo("70% of");
        assertThat(GapWords.share(1200, 1200)).isEqualTo("the same as");
        assertThat(GapWords.share(3000, 1200)).isEqualTo("2.5 times");
        assertThat(GapWords.share(0, 1200)).isEqualTo("none of");
    }
}
