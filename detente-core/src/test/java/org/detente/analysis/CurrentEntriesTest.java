package org.detente.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.detente.fixtures.GeneratedLedgers;
import org.detente.ledger.Entry;
import org.detente.state.Projector;

/** The packed-key sort must give exactly the projection order, which the analyses rely on. */
class CurrentEntriesTest {

    @Property(tries = 200)
    void the_fast_sort_gives_the_projection_order(@ForAll long seed, @ForAll @IntRange(min = 0, max = 400) int size,
            @ForAll @IntRange(min = 1, max = 2000) int days) {
        List<Entry> entries = new ArrayList<>(GeneratedLedgers.random(seed, size, days));
        Collections.shuffle(entries, new Random(seed));
        Entry[] fast = entries.toArray(new Entry[0]);
        List<Entry> expected = new ArrayList<>(entries);
        expected.sort(Projector.PROJECTION_ORDER);

        CurrentEntries.sort(fast);

        assertThat(fast).containsExactlyElementsOf(expected);
    }
}
