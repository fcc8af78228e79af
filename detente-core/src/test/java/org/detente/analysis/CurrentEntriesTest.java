package org.detente.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.detente.fixtures.GeneratedLedgers;
import org.detente.ledger.Entry;
import org.detente.state.Projector;
import org.junit.jupiter.api.Test;

/** The packed-key sort must give exactly the projection order, which the analyses rely on. */
class CurrentEntriesTest {

    @Test
    void the_fast_sort_gives_the_projection_order() {
        qt().withExamples(200).forAll(longs().all(), integers().between(0, 400), integers().between(1, 2000))
                .checkAssert(CurrentEntriesTest::the_fast_sort_gives_the_projection_order);
    }

    private static void the_fast_sort_gives_the_projection_order(long seed, int size, int days) {
        List<Entry> entries = new ArrayList<>(GeneratedLedgers.random(seed, size, days));
        Collections.shuffle(entries, new Random(seed));
        Entry[] fast = entries.toArray(new Entry[0]);
        List<Entry> expected = new ArrayList<>(entries);
        expected.sort(Projector.PROJECTION_ORDER);

        CurrentEntries.sort(fast);

        assertThat(fast).containsExactlyElementsOf(expected);
    }
}
