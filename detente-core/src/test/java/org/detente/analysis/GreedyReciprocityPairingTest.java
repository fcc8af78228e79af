package org.detente.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.detente.fixtures.LedgerFixtures.accredited;
import static org.detente.fixtures.LedgerFixtures.entry;
import static org.detente.fixtures.LedgerFixtures.expelled;
import static org.detente.fixtures.LedgerFixtures.reported;
import static org.detente.fixtures.LedgerFixtures.restrictionImposed;
import static org.detente.fixtures.LedgerFixtures.retraction;
import static org.detente.fixtures.LedgerFixtures.statement;
import static org.detente.fixtures.LedgerFixtures.talks;
import static org.detente.fixtures.MissionFixtures.RU;
import static org.detente.fixtures.MissionFixtures.US;

import java.util.List;
import org.detente.ledger.Entry;
import org.detente.ledger.EntryId;
import org.detente.ledger.MeasureCategory;
import org.detente.ledger.Stance;
import org.detente.model.RestrictionKind;
import org.junit.jupiter.api.Test;

class GreedyReciprocityPairingTest {

    private static ReciprocityReport pair(Entry... entries) {
        return new GreedyReciprocityPairing(List.of(entries)).pair();
    }

    @Test
    void sixty_expelled_for_sixty_expelled_pair_at_ratio_one_with_the_lag_in_days() {
        Entry us = entry("us-expels-60").by(US).on("2018-03-26").does(expelled(60));
        Entry ru = entry("ru-expels-60").by(RU).on("2018-03-29").does(expelled(60));

        ReciprocityReport report = pair(ru, us);

        ResponsePair pair = report.responseTo(EntryId.of("us-expels-60")).orElseThrow();
        assertThat(pair.response()).isEqualTo(ru);
        assertThat(pair.magnitudeRatio()).isEqualTo(1.0);
        assertThat(pair.lagDays()).isEqualTo(3);
        assertThat(pair.basis()).isEqualTo(PairingBasis.INFERRED);
        assertThat(pair.approximate()).isFalse();
        assertThat(report.unansweredInitiatives()).isEmpty();
    }

    @Test
    void the_ratio_is_the_response_over_the_measure() {
        Entry us = entry("us-expels-35").by(US).on("2016-12-29").does(expelled(35));
        Entry ru = entry("ru-expels-7").by(RU).on("2017-01-10").does(expelled(7));

        assertThat(pair(us, ru).responseTo(us.id()).orElseThrow().magnitudeRatio()).isEqualTo(0.2);
    }

    @Test
    void a_response_after_the_window_is_not_inferred() {
        Entry us = entry("us-expels").by(US).on("2018-01-01").does(expelled(10));
        Entry ru = entry("ru-expels").by(RU).on("2018-04-02").does(expelled(10)); // 91 days later

        ReciprocityReport report = pair(us, ru);

        assertThat(report.pairs()).isEmpty();
        assertThat(report.unanswered()).extracting(u -> u.measure().id().value())
                .containsExactly("us-expels", "ru-expels");
    }

    @Test
    void a_response_on_the_last_day_of_the_window_is_inferred_and_the_window_is_configurable() {
        Entry us = entry("us-expels").by(US).on("2018-01-01").does(expelled(10));
        Entry ru = entry("ru-expels").by(RU).on("2018-04-01").does(expelled(10)); // 90 days later

        assertThat(pair(us, ru).pairs()).hasSize(1);
        assertThat(new GreedyReciprocityPairing(List.of(us, ru), new ReciprocityRules(89)).pair().pairs()).isEmpty();
    }

    @Test
    void the_earliest_unanswered_measure_is_answered_first_and_each_only_once() {
        Entry us1 = entry("us-1").by(US).on("2018-01-01").does(expelled(5));
        Entry us2 = entry("us-2").by(US).on("2018-01-05").does(expelled(8));
        Entry ru1 = entry("ru-1").by(RU).on("2018-01-10").does(expelled(5));
        Entry ru2 = entry("ru-2").by(RU).on("2018-01-12").does(expelled(8));
        Entry ru3 = entry("ru-3").by(RU).on("2018-01-15").does(expelled(1));

        ReciprocityReport report = pair(us1, us2, ru1, ru2, ru3);

        assertThat(report.responseTo(us1.id()).orElseThrow().response()).isEqualTo(ru1);
        assertThat(report.responseTo(us2.id()).orElseThrow().response()).isEqualTo(ru2);
        assertThat(report.unansweredInitiatives()).extracting(UnansweredMeasure::measure).containsExactly(ru3);
    }

    @Test
    void a_response_must_be_of_the_other_side_the_same_category_and_the_same_stance() {
        Entry us = entry("us-expels").by(US).on("2018-01-01").does(expelled(5));
        Entry usAgain = entry("us-expels-again").by(US).on("2018-01-02").does(expelled(5));
        Entry ruAccredits = entry("ru-accredits").by(RU).on("2018-01-03").does(accredited(5));
        Entry ruRestricts = entry("ru-restricts").by(RU).on("2018-01-04")
                .does(restrictionImposed("travel-notice", RestrictionKind.TRAVEL_NOTIFICATION));

        assertThat(pair(us, usAgain, ruAccredits, ruRestricts).pairs()).isEmpty();
    }

    @Test
    void an_explicit_link_wins_over_inference_whatever_the_category_and_the_lag() {
        Entry usExpels = entry("us-expels").by(US).on("2018-01-01").does(expelled(5));
        Entry usExpelsMore = entry("us-expels-more").by(US).on("2018-01-02").does(expelled(5));
        Entry ruExpels = entry("ru-expels").by(RU).on("2018-01-03").respondsTo("us-expels-more").does(expelled(5));
        Entry ruRestricts = entry("ru-restricts").by(RU).on("2019-06-01").respondsTo("us-expels")
                .does(restrictionImposed("travel-notice", RestrictionKind.TRAVEL_NOTIFICATION));

        ReciprocityReport report = pair(usExpels, usExpelsMore, ruExpels, ruRestricts);

        assertThat(report.responseTo(usExpelsMore.id()).orElseThrow().response()).isEqualTo(ruExpels);
        ResponsePair late = report.responseTo(usExpels.id()).orElseThrow();
        assertThat(late.response()).isEqualTo(ruRestricts);
        assertThat(late.basis()).isEqualTo(PairingBasis.EXPLICIT);
        assertThat(late.sameCategory()).isFalse();
        assertThat(late.lagDays()).isEqualTo(516);
    }

    @Test
    void a_measure_named_by_two_responses_is_answered_by_the_first_and_the_other_link_is_reported() {
        Entry us = entry("us-expels").by(US).on("2018-01-01").does(expelled(5));
        Entry ru1 = entry("ru-1").by(RU).on("2018-01-03").respondsTo("us-expels").does(expelled(5));
        Entry ru2 = entry("ru-2").by(RU).on("2018-01-04").respondsTo("us-expels").does(expelled(3));

        ReciprocityReport report = pair(ru2, us, ru1);

        assertThat(report.responseTo(us.id()).orElseThrow().response()).isEqualTo(ru1);
        assertThat(report.ignoredLinks()).singleElement().satisfies(link -> {
            assertThat(link.response()).isEqualTo(ru2);
            assertThat(link.reason()).contains("already answered by ru-1");
        });
        assertThat(report.answeredBy(ru2.id())).isEmpty();
    }

    @Test
    void a_link_to_a_retracted_entry_is_ignored_and_retracted_entries_never_count() {
        Entry us = entry("us-expels").by(US).on("2018-01-01").does(expelled(5));
        Entry wrong = entry("us-wrong").by(US).on("2018-01-02").does(expelled(9));
        Entry fix = entry("us-fix").by(US).on("2018-01-05").does(retraction("us-wrong"));
        Entry ru = entry("ru-expels").by(RU).on("2018-01-03").respondsTo("us-wrong").does(expelled(9));

        ReciprocityReport report = pair(us, wrong, fix, ru);

        assertThat(report.pairs()).isEmpty();
        assertThat(report.ignoredLinks()).singleElement()
                .satisfies(link -> assertThat(link.reason()).contains("retracted"));
        assertThat(report.unanswered()).extracting(u -> u.measure().id().value())
                .containsExactly("us-expels", "ru-expels");
    }

    @Test
    void observations_statements_and_talks_do_not_count_for_reciprocity() {
        Entry report1 = entry("us-report").by(US).on("2018-01-01").does(reported(400));
        Entry talks1 = entry("talks-1").by(US).on("2018-01-02").does(talks("Istanbul"));
        Entry said = entry("ru-says").by(RU).on("2018-01-03").does(statement("Lavrov", "We will respond"));
        Entry talks2 = entry("talks-2").by(RU).on("2018-01-04").does(talks("Istanbul"));

        ReciprocityReport report = pair(report1, talks1, said, talks2);

        assertThat(report.pairs()).isEmpty();
        assertThat(report.unanswered()).isEmpty();
        assertThat(report.parity()).isEmpty();
    }

    @Test
    void a_chain_of_answers_leaves_the_last_word_unanswered_but_not_as_an_initiative() {
        Entry a = entry("us-1").by(US).on("2018-01-01").does(expelled(5));
        Entry b = entry("ru-1").by(RU).on("2018-01-10").does(expelled(5));
        Entry c = entry("us-2").by(US).on("2018-01-20").does(expelled(5));

        ReciprocityReport report = pair(a, b, c);

        assertThat(report.answeredBy(b.id()).orElseThrow().measure()).isEqualTo(a);
        assertThat(report.answeredBy(c.id()).orElseThrow().measure()).isEqualTo(b);
        assertThat(report.unanswered()).singleElement().satisfies(u -> {
            assertThat(u.measure()).isEqualTo(c);
            assertThat(u.itselfAResponse()).isTrue();
        });
        assertThat(report.unansweredInitiatives()).isEmpty();
    }

    @Test
    void parity_totals_each_side_per_category_and_stance() {
        Entry us1 = entry("us-1").by(US).on("2016-12-29").does(expelled(35));
        Entry us2 = entry("us-2").by(US).on("2018-03-26").does(expelled(60));
        Entry ru1 = entry("ru-1").by(RU).on("2018-03-29").does(expelled(60));
        Entry ru2 = entry("ru-2").by(RU).on("2018-04-01").does(accredited(4));

        ReciprocityReport report = pair(us1, us2, ru1, ru2);

        CategoryParity punitive = report.parityOf(MeasureCategory.STAFF, Stance.PUNITIVE).orElseThrow();
        assertThat(punitive.first()).isEqualTo(new SideTotals(US, 2, 95));
        assertThat(punitive.second()).isEqualTo(new SideTotals(RU, 1, 60));
        assertThat(punitive.balance()).isEqualTo(35);
        assertThat(punitive.parity().getAsDouble()).isEqualTo(60.0 / 95);
        CategoryParity conciliatory = report.parityOf(MeasureCategory.STAFF, Stance.CONCILIATORY).orElseThrow();
        assertThat(conciliatory.first().measures()).isZero();
        assertThat(conciliatory.parity().getAsDouble()).isZero();
    }

    @Test
    void a_month_precise_date_makes_the_lag_approximate() {
        Entry us = entry("us-expels").by(US).on("2018-03").does(expelled(5));
        Entry ru = entry("ru-expels").by(RU).on("2018-03-20").does(expelled(5));

        ResponsePair pair = pair(us, ru).responseTo(us.id()).orElseThrow();

        assertThat(pair.lagDays()).isEqualTo(19);
        assertThat(pair.approximate()).isTrue();
    }
}
