package org.detente.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.detente.fixtures.MissionFixtures.DEFINITION;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.detente.fixtures.GeneratedLedgers;
import org.detente.ledger.Entry;
import org.detente.ledger.EntryId;
import org.detente.ledger.MeasureType;
import org.detente.ledger.Retraction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The indexed projector on a ledger long enough to hold several snapshots: it must agree with the
 * reference fold on every date, in particular on both sides of each snapshot boundary.
 */
class SnapshotAgreementTest {

    private static final int SIZE = 20_000;
    private static final int DAYS = 3_650;
    private static List<Entry> ledger;
    private static Projector projector;

    @BeforeAll
    static void buildTheLedger() {
        ledger = GeneratedLedgers.random(20_250_410L, SIZE, DAYS);
        projector = Projector.of(DEFINITION, ledger);
    }

    @Test
    void the_generated_ledger_crosses_several_snapshots_and_uses_every_kind_of_measure() {
        Set<MeasureType> types = EnumSet.noneOf(MeasureType.class);
        ledger.forEach(e -> types.add(e.type()));

        assertThat(applicable(ledger)).hasSizeGreaterThan(2 * Projector.SNAPSHOT_INTERVAL);
        assertThat(types).containsExactlyInAnyOrder(MeasureType.values());
    }

    @Test
    void the_indexed_state_equals_the_reference_fold_on_random_dates() {
        // given 40 dates drawn with a fixed seed, from before the first entry to after the last
        Random random = new Random(7);
        for (int i = 0; i < 40; i++) {
            LocalDate asOf = GeneratedLedgers.START.plusDays(random.nextInt(DAYS + 60) - 30);

            // when / then
            assertThat(projector.stateAsOf(asOf)).as("as of %s", asOf)
                    .isEqualTo(Projector.project(DEFINITION, ledger, asOf, Optional.empty()));
        }
    }

    @Test
    void the_indexed_state_equals_the_reference_fold_around_each_snapshot_boundary() {
        // given the days of the entries at which snapshots are taken
        List<Entry> applicable = applicable(ledger);
        Set<LocalDate> dates = new TreeSet<>();
        for (int i = Projector.SNAPSHOT_INTERVAL; i < applicable.size(); i += Projector.SNAPSHOT_INTERVAL) {
            for (int offset : new int[] {-1, 0, 1}) {
                LocalDate day = applicable.get(i + offset).occurredOn().date();
                dates.add(day.minusDays(1));
                dates.add(day);
                dates.add(day.plusDays(1));
            }
        }
        dates.add(applicable.get(applicable.size() - 1).occurredOn().date());

        // when / then
        for (LocalDate asOf : dates) {
            assertThat(projector.stateAsOf(asOf)).as("as of %s", asOf)
                    .isEqualTo(Projector.project(DEFINITION, ledger, asOf, Optional.empty()));
        }
    }

    @Test
    void a_question_about_a_past_moment_agrees_with_the_reference_fold() {
        List<Instant> moments = ledger.stream().map(Entry::recordedAt).sorted().toList();
        Instant middle = moments.get(moments.size() / 2);
        Instant last = moments.get(moments.size() - 1);
        LocalDate asOf = GeneratedLedgers.START.plusDays(DAYS / 2);

        for (Instant knownAt : List.of(middle, last, last.plusSeconds(1))) {
            assertThat(projector.stateAsOf(asOf, Optional.of(knownAt))).as("known at %s", knownAt)
                    .isEqualTo(Projector.project(DEFINITION, ledger, asOf, Optional.of(knownAt)));
        }
    }

    @Test
    void storing_the_long_ledger_in_another_order_changes_nothing() {
        List<Entry> shuffled = new ArrayList<>(ledger);
        Collections.shuffle(shuffled, new Random(11));
        Projector reordered = Projector.of(DEFINITION, shuffled);

        for (LocalDate asOf : List.of(GeneratedLedgers.START.plusDays(1_000), GeneratedLedgers.START.plusDays(DAYS))) {
            assertThat(reordered.stateAsOf(asOf)).isEqualTo(projector.stateAsOf(asOf));
        }
    }

    /** The entries the fold applies (no retractions, nothing retracted), in projection order. */
    private static List<Entry> applicable(List<Entry> entries) {
        Set<EntryId> retracted = new HashSet<>();
        entries.forEach(e -> {
            if (e.measure() instanceof Retraction r) {
                retracted.add(r.retracts());
            }
        });
        return entries.stream()
                .filter(e -> !(e.measure() instanceof Retraction) && !retracted.contains(e.id()))
                .sorted(Projector.PROJECTION_ORDER)
                .toList();
    }
}
