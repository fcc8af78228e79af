package org.detente.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.detente.fixtures.GeneratedLedgers;
import org.detente.ledger.Entry;
import org.detente.ledger.EntryId;
import org.detente.state.Projector;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of the pairing on generated ledgers, with retractions and random respondsTo links. */
class ReciprocityPropertiesTest {
    private static final Gen<Long> SEEDS = longs().all();
    private static final Gen<Integer> SIZES = integers().between(0, 300);
    private static final Gen<Integer> WINDOWS = integers().between(0, 200);

    /** A generated ledger in which about one entry in five names an earlier entry in {@code respondsTo}. */
    static List<Entry> ledgerWithLinks(long seed, int size) {
        List<Entry> entries = new ArrayList<>(GeneratedLedgers.random(seed, size, 1500));
        entries.sort(Projector.PROJECTION_ORDER);
        Random random = new Random(seed ^ 0x5DEECE66DL);
        for (int i = 1; i < entries.size(); i++) {
            if (random.nextInt(5) == 0) {
                Entry e = entries.get(i);
                EntryId earlier = entries.get(random.nextInt(i)).id();
                entries.set(i, new Entry(e.id(), e.sequence(), e.dyad(), e.actor(), e.target(), e.occurredOn(),
                        e.recordedAt(), e.author(), e.sources(), Optional.of(earlier), e.confidence(), e.note(),
                        e.measure()));
            }
        }
        Collections.shuffle(entries, random);
        return entries;
    }

    @Test
    void no_measure_is_answered_twice_and_none_answers_twice() {
        qt().withExamples(200).forAll(SEEDS, SIZES, WINDOWS)
                .checkAssert(ReciprocityPropertiesTest::no_measure_is_answered_twice_and_none_answers_twice);
    }

    private static void no_measure_is_answered_twice_and_none_answers_twice(long seed, int size, int window) {
        List<Entry> ledger = ledgerWithLinks(seed, size);

        ReciprocityReport report = new GreedyReciprocityPairing(ledger, new ReciprocityRules(window)).pair();

        Set<EntryId> answered = new HashSet<>();
        Set<EntryId> answering = new HashSet<>();
        for (ResponsePair pair : report.pairs()) {
            assertThat(answered.add(pair.measure().id())).as("answered twice: %s", pair.measure().id()).isTrue();
            assertThat(answering.add(pair.response().id())).as("answers twice: %s", pair.response().id()).isTrue();
        }
        for (UnansweredMeasure u : report.unanswered()) {
            assertThat(answered).doesNotContain(u.measure().id());
        }
    }

    @Test
    void pairs_never_go_backwards_in_time_and_inferred_pairs_keep_the_rules() {
        qt().withExamples(200).forAll(SEEDS, SIZES, WINDOWS)
                .checkAssert(ReciprocityPropertiesTest::pairs_never_go_backwards_in_time_and_inferred_pairs_keep_the_rules);
    }

    private static void pairs_never_go_backwards_in_time_and_inferred_pairs_keep_the_rules(long seed, int size,
                                                                                          int window) {
        List<Entry> ledger = ledgerWithLinks(seed, size);

        ReciprocityReport report = new GreedyReciprocityPairing(ledger, new ReciprocityRules(window)).pair();

        for (ResponsePair pair : report.pairs()) {
            assertThat(Projector.PROJECTION_ORDER.compare(pair.measure(), pair.response())).isNegative();
            assertThat(pair.lagDays()).isNotNegative();
            assertThat(pair.response().actor()).isNotEqualTo(pair.measure().actor());
            assertThat(GreedyReciprocityPairing.counts(pair.measure().type())).isTrue();
            assertThat(GreedyReciprocityPairing.counts(pair.response().type())).isTrue();
            if (pair.basis() == PairingBasis.INFERRED) {
                assertThat(pair.lagDays()).isLessThanOrEqualTo(window);
                assertThat(pair.response().type().category()).isEqualTo(pair.measure().type().category());
                assertThat(pair.response().type().stance()).isEqualTo(pair.measure().type().stance());
                assertThat(pair.response().respondsTo()).isEmpty();
            } else {
                assertThat(pair.response().respondsTo()).contains(pair.measure().id());
            }
        }
    }

    @Test
    void every_counted_measure_is_answered_or_unanswered_whatever_the_input_order() {
        qt().withExamples(100).forAll(SEEDS, SIZES)
                .checkAssert(ReciprocityPropertiesTest::every_counted_measure_is_answered_or_unanswered_whatever_the_input_order);
    }

    private static void every_counted_measure_is_answered_or_unanswered_whatever_the_input_order(long seed, int size) {
        List<Entry> ledger = ledgerWithLinks(seed, size);
        List<Entry> reversed = new ArrayList<>(ledger);
        Collections.reverse(reversed);

        ReciprocityReport report = new GreedyReciprocityPairing(ledger).pair();

        long counted = Arrays.stream(CurrentEntries.of(ledger))
                .filter(e -> GreedyReciprocityPairing.counts(e.type())).count();
        assertThat(report.pairs().size() + report.unanswered().size()).isEqualTo(counted);
        assertThat(new GreedyReciprocityPairing(reversed).pair()).isEqualTo(report);
    }
}
