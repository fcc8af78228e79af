package org.detente.events.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
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
    void sums_packed_into_parts_and_merged_back_are_the_same_sums_and_each_pair_month_is_in_one_part() throws Exception {
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
        int parts = 0;
        for (int p = 0; p < 3; p++) {
            PairMonthSums part = new PairMonthSums();
            part.addPacked(packedFirst[p]);
            part.addPacked(packedSecond[p]);
            int before = merged.size();
            merged.addAll(roundTrip(part));
            assertThat(merged.size()).as("part %d shares no pair-month with another", p).isEqualTo(before + part.size());
            parts += part.size() > 0 ? 1 : 0;
        }
        assertThat(parts).isEqualTo(3);
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

    private static PairMonthSums roundTrip(PairMonthSums sums) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(sums);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (PairMonthSums) in.readObject();
        }
    }
}
