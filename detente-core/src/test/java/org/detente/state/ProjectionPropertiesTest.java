package org.detente.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.detente.fixtures.MissionFixtures.DEFINITION;
import static org.detente.fixtures.MissionFixtures.US;
import static org.detente.state.Projections.withoutKnownAt;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.detente.fixtures.GeneratedLedgers;
import org.detente.fixtures.LedgerFixtures;
import org.detente.fixtures.MissionFixtures;
import org.detente.ledger.Entry;
import org.detente.ledger.EntryId;
import org.detente.ledger.MissionLimited;
import org.detente.ledger.MissionReopened;
import org.detente.ledger.MissionSuspended;
import org.detente.ledger.Retraction;
import org.detente.model.Confidence;
import org.detente.model.HistoricalDate;
import org.detente.model.MissionStatus;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Invariants of the projection over generated ledgers (every kind of measure, many same-day
 * entries, dates of every precision, retractions, out-of-order recording).
 */
class ProjectionPropertiesTest {

    private static final int DAYS = 60;

    private static final Gen<List<Entry>> LEDGERS = GeneratedLedgers.ledgers(80, DAYS);
    private static final Gen<LocalDate> DATES = integers().between(-5, DAYS + 5).map(GeneratedLedgers.START::plusDays);
    private static final Gen<Integer> PICKS = integers().between(0, 10_000);

    @Test
    void any_storage_order_gives_the_same_state() {
        qt().withExamples(300).forAll(LEDGERS, longs().all(), DATES).checkAssert(this::any_storage_order_gives_the_same_state);
    }

    private void any_storage_order_gives_the_same_state(List<Entry> ledger, long seed, LocalDate asOf) {
        // given the same entries stored in another order
        List<Entry> shuffled = new ArrayList<>(ledger);
        Collections.shuffle(shuffled, new Random(seed));

        // when
        Projector original = Projector.of(DEFINITION, ledger);
        Projector reordered = Projector.of(DEFINITION, shuffled);

        // then
        assertThat(reordered.stateAsOf(asOf)).isEqualTo(original.stateAsOf(asOf));
        assertThat(Projector.project(DEFINITION, shuffled, asOf, Optional.empty()))
                .isEqualTo(Projector.project(DEFINITION, ledger, asOf, Optional.empty()));
        assertThat(reordered.entries()).isEqualTo(original.entries());
    }

    @Test
    void entries_come_out_in_the_documented_projection_order() {
        qt().withExamples(300).forAll(LEDGERS, longs().all())
                .checkAssert(this::entries_come_out_in_the_documented_projection_order);
    }

    private void entries_come_out_in_the_documented_projection_order(List<Entry> ledger, long seed) {
        List<Entry> shuffled = new ArrayList<>(ledger);
        Collections.shuffle(shuffled, new Random(seed));

        assertThat(Projector.of(DEFINITION, shuffled).entries()).isSortedAccordingTo(Projector.PROJECTION_ORDER)
                .containsExactlyInAnyOrderElementsOf(ledger);
    }

    @Test
    void dates_before_1970_sort_before_later_ones() {
        // given entries on both sides of the epoch, one of year precision
        Entry sixties = LedgerFixtures.entry("closed-1962").by(US).on("1962-10-22")
                .does(new MissionSuspended(MissionFixtures.US_EMBASSY_MOSCOW));
        Entry seventies = LedgerFixtures.entry("reopened-1972").by(US).on("1972")
                .does(new MissionReopened(MissionFixtures.US_EMBASSY_MOSCOW));
        Entry epoch = LedgerFixtures.entry("limited-1970").by(US).on("1970-01-01")
                .does(new MissionLimited(MissionFixtures.US_EMBASSY_MOSCOW));

        assertThat(Projector.of(DEFINITION, List.of(seventies, epoch, sixties)).entries())
                .containsExactly(sixties, epoch, seventies);
        assertThat(Projector.of(DEFINITION, List.of(seventies, epoch, sixties)).stateAsOf(LocalDate.of(1969, 12, 31))
                .mission(MissionFixtures.US_EMBASSY_MOSCOW).orElseThrow().status()).isEqualTo(MissionStatus.SUSPENDED);
    }

    @Test
    void a_retracted_entry_counts_as_never_recorded() {
        qt().withExamples(300).forAll(LEDGERS, PICKS, DATES)
                .assuming((ledger, pick, asOf) -> !retractable(ledger).isEmpty())
                .checkAssert(this::a_retracted_entry_counts_as_never_recorded);
    }

    private void a_retracted_entry_counts_as_never_recorded(List<Entry> ledger, int pick, LocalDate asOf) {
        // given an entry that is neither a retraction nor retracted yet
        List<Entry> candidates = retractable(ledger);
        Entry retracted = candidates.get(pick % candidates.size());
        Entry retraction = retractionOf(retracted);
        List<Entry> withBoth = new ArrayList<>(ledger);
        withBoth.add(retraction);
        List<Entry> withoutEither = new ArrayList<>(ledger);
        withoutEither.remove(retracted);

        // when / then: the state is the one of a ledger that never had either
        assertThat(Projector.of(DEFINITION, withBoth).stateAsOf(asOf))
                .isEqualTo(Projector.of(DEFINITION, withoutEither).stateAsOf(asOf));
        assertThat(Projector.project(DEFINITION, withBoth, asOf, Optional.empty()))
                .isEqualTo(Projector.project(DEFINITION, withoutEither, asOf, Optional.empty()));
        Optional<Instant> afterRetraction = Optional.of(retraction.recordedAt());
        assertThat(Projector.of(DEFINITION, withBoth).stateAsOf(asOf, afterRetraction))
                .isEqualTo(Projector.of(DEFINITION, withoutEither).stateAsOf(asOf, afterRetraction));
    }

    @Test
    void an_entry_recorded_after_the_moment_asked_about_is_hidden() {
        qt().withExamples(300).forAll(LEDGERS, PICKS, DATES)
                .assuming((ledger, pick, asOf) -> !ledger.isEmpty())
                .checkAssert(this::an_entry_recorded_after_the_moment_asked_about_is_hidden);
    }

    private void an_entry_recorded_after_the_moment_asked_about_is_hidden(List<Entry> ledger, int pick, LocalDate asOf) {
        // given any entry, and a moment just before it was recorded
        Entry hidden = ledger.get(pick % ledger.size());
        Optional<Instant> justBefore = Optional.of(hidden.recordedAt().minusNanos(1));
        List<Entry> without = new ArrayList<>(ledger);
        without.remove(hidden);

        // when / then: at that moment the ledger reads as if the entry were not there
        assertThat(Projector.of(DEFINITION, ledger).stateAsOf(asOf, justBefore))
                .isEqualTo(Projector.of(DEFINITION, without).stateAsOf(asOf, justBefore));
    }

    @Test
    void knowledge_at_a_moment_is_the_ledger_recorded_by_then() {
        qt().withExamples(300).forAll(LEDGERS, integers().between(0, DAYS * 24 * 3), DATES)
                .checkAssert(this::knowledge_at_a_moment_is_the_ledger_recorded_by_then);
    }

    private void knowledge_at_a_moment_is_the_ledger_recorded_by_then(List<Entry> ledger, int hours, LocalDate asOf) {
        // given a moment somewhere in the ledger's recording history
        Instant knownAt = GeneratedLedgers.START.atStartOfDay(ZoneOffset.UTC).toInstant().plus(hours, ChronoUnit.HOURS);
        List<Entry> recordedByThen = ledger.stream().filter(e -> !e.recordedAt().isAfter(knownAt)).toList();

        // when
        RelationsState asKnown = Projector.of(DEFINITION, ledger).stateAsOf(asOf, Optional.of(knownAt));
        RelationsState fromThoseOnly = Projector.of(DEFINITION, recordedByThen).stateAsOf(asOf);

        // then
        assertThat(asKnown.knownAt()).contains(knownAt);
        assertThat(withoutKnownAt(asKnown)).isEqualTo(fromThoseOnly);
    }

    @Test
    void the_indexed_projector_agrees_with_the_reference_fold() {
        qt().withExamples(500).forAll(LEDGERS, DATES, integers().between(-1, DAYS * 24 * 3))
                .checkAssert(this::the_indexed_projector_agrees_with_the_reference_fold);
    }

    private void the_indexed_projector_agrees_with_the_reference_fold(List<Entry> ledger, LocalDate asOf, int hours) {
        // given a question as of a date, about everything recorded (-1) or as known at a moment
        Optional<Instant> knownAt = hours < 0 ? Optional.empty()
                : Optional.of(GeneratedLedgers.START.atStartOfDay(ZoneOffset.UTC).toInstant().plus(hours, ChronoUnit.HOURS));

        // when / then
        assertThat(Projector.of(DEFINITION, ledger).stateAsOf(asOf, knownAt))
                .isEqualTo(Projector.project(DEFINITION, ledger, asOf, knownAt));
    }

    @Test
    void a_state_counts_the_entries_it_applied() {
        qt().withExamples(200).forAll(LEDGERS, DATES).checkAssert(this::a_state_counts_the_entries_it_applied);
    }

    private void a_state_counts_the_entries_it_applied(List<Entry> ledger, LocalDate asOf) {
        // an entry applies when it occurred by asOf and is neither a retraction nor retracted
        Set<EntryId> retracted = new HashSet<>();
        ledger.forEach(e -> {
            if (e.measure() instanceof Retraction r) {
                retracted.add(r.retracts());
            }
        });
        long expected = ledger.stream()
                .filter(e -> !(e.measure() instanceof Retraction) && !retracted.contains(e.id()))
                .filter(e -> !e.occurredOn().date().isAfter(asOf))
                .count();

        assertThat(Projector.of(DEFINITION, ledger).stateAsOf(asOf).entriesApplied()).isEqualTo((int) expected);
    }

    static List<Entry> retractable(List<Entry> ledger) {
        Set<EntryId> retracted = new HashSet<>();
        ledger.forEach(e -> {
            if (e.measure() instanceof Retraction r) {
                retracted.add(r.retracts());
            }
        });
        return ledger.stream().filter(e -> !(e.measure() instanceof Retraction) && !retracted.contains(e.id()))
                .toList();
    }

    static Entry retractionOf(Entry retracted) {
        return new Entry(EntryId.of("retracts-" + retracted.id()), 0, retracted.dyad(), retracted.actor(),
                retracted.target(), HistoricalDate.ofDay(retracted.occurredOn().date().plusDays(3)),
                retracted.recordedAt().plus(1, ChronoUnit.DAYS), "corrector", retracted.sources(), Optional.empty(),
                Confidence.HIGH, "", new Retraction(retracted.id(), "not what happened"));
    }
}
