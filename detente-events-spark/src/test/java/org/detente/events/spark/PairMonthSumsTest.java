package org.detente.events.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PairMonthSumsTest {
    private static Map<List<Integer>, List<Long>> contents(PairMonthSums sums) {
        Map<List<Integer>, List<Long>> map = new HashMap<>();
        sums.forEach((actor, target, month, events, tenths) ->
                assertThat(map.put(List.of(actor, target, month), List.of(events, tenths))).isNull());
        return map;
    }

    @Test
    void events_are_counted_and_their_tenths_summed_by_actor_target_and_month_past_many_doublings_of_the_table() {
        PairMonthSums sums = new PairMonthSums();
        Map<List<Integer>, List<Long>> expected = new HashMap<>();
        Random random = new Random(3);
        for (int i = 0; i < 200_000; i++) {
            int actor = random.nextInt(676);
            int target = random.nextInt(676);
            int month = 24_000 + random.nextInt(240);
            long tenths = random.nextInt(201) - 100;
            sums.add(actor, target, month, tenths);
            expected.merge(List.of(actor, target, month), List.of(1L, tenths),
                    (a, b) -> List.of(a.get(0) + b.get(0), a.get(1) + b.get(1)));
        }
        assertThat(sums.size()).isEqualTo(expected.size());
        assertThat(contents(sums)).isEqualTo(expected);
    }

    @Test
    void sums_packed_into_parts_and_merged_back_are_the_same_sums_and_both_directions_of_a_pair_are_in_one_part()
            throws Exception {
        PairMonthSums first = new PairMonthSums();
        PairMonthSums second = new PairMonthSums();
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            (i % 2 == 0 ? first : second).add(random.nextInt(50), random.nextInt(50), random.nextInt(30), random.nextInt(21) - 10);
        }
        PairMonthSums whole = new PairMonthSums();
        whole.addAll(first);
        whole.addAll(second);
        long[][] packedFirst = first.pack(3);
        long[][] packedSecond = second.pack(3);
        PairMonthSums merged = new PairMonthSums();
        Map<List<Integer>, Integer> partOfPair = new HashMap<>();
        for (int p = 0; p < 3; p++) {
            PairMonthSums part = new PairMonthSums();
            part.addPacked(packedFirst[p]);
            part.addPacked(packedSecond[p]);
            int thisPart = p;
            part.forEach((actor, target, month, events, tenths) -> {
                Integer earlier = partOfPair.putIfAbsent(List.of(Math.min(actor, target), Math.max(actor, target)), thisPart);
                if (earlier != null) {
                    assertThat(earlier).as("the part of %d–%d", actor, target).isEqualTo(thisPart);
                }
            });
            assertThat(part.size()).as("part %d", p).isPositive();
            merged.addAll(JavaSerialization.roundTrip(part));
        }
        assertThat(partOfPair).hasSize(50 * 51 / 2);
        assertThat(contents(merged)).isEqualTo(contents(whole));
    }

    @Test
    void a_cleared_table_is_empty_and_sums_afresh() {
        PairMonthSums sums = new PairMonthSums();
        sums.add(1, 2, 3, 40);
        sums.clear();
        assertThat(sums.size()).isZero();
        sums.add(1, 2, 3, -5);
        assertThat(contents(sums)).isEqualTo(Map.of(List.of(1, 2, 3), List.of(1L, -5L)));
    }
}
