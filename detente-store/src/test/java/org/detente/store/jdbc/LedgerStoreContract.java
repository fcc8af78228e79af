package org.detente.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.detente.store.jdbc.StoreFixtures.US_RU;
import static org.detente.store.jdbc.StoreFixtures.definition;
import static org.detente.store.jdbc.StoreFixtures.generated;
import static org.detente.store.jdbc.StoreFixtures.retraction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.detente.ledger.ConcurrencyConflictException;
import org.detente.ledger.Entry;
import org.detente.ledger.InvalidEntriesException;
import org.detente.ledger.LedgerStore;
import org.detente.ledger.LedgerStore.ImportResult;
import org.detente.ledger.Problem;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link LedgerStore}, whatever holds the entries: sequences from one without
 * gaps, appends checked against every earlier entry and refused whole, optimistic concurrency,
 * idempotent imports, entries read back unchanged. Run over the in-memory store and, through
 * {@link StorageSuite}, over each database; no mocks.
 */
abstract class LedgerStoreContract {
    /** A store nobody has used yet, holding the US–Russia definitions and no entries. */
    abstract LedgerStore freshStore();

    /** A store nobody has used yet, holding no definitions at all. */
    abstract LedgerStore storeWithoutDefinitions();

    /**
     * The same storage as another process sees it (a second connection to the same database); a
     * store that lives in one process only answers itself.
     */
    abstract LedgerStore reopened(LedgerStore store);

    @Test
    void appended_entries_read_back_equal_with_consecutive_sequences_from_one() {
        LedgerStore ledger = freshStore();
        List<Entry> batch = List.of(generated("a", 0), generated("a", 1), generated("a", 2));

        List<Entry> stored = ledger.append(US_RU, batch, OptionalLong.of(0));

        assertThat(stored).extracting(Entry::sequence).containsExactly(1L, 2L, 3L);
        assertThat(stored.get(1).withSequence(0)).isEqualTo(batch.get(1));
        assertThat(ledger.entries(US_RU)).isEqualTo(stored);
        LedgerStore readByAnotherProcess = reopened(ledger);
        assertThat(readByAnotherProcess.entries(US_RU)).isEqualTo(stored);
        assertThat(readByAnotherProcess.lastSequence(US_RU)).isEqualTo(3);
        assertThat(readByAnotherProcess.definition(US_RU)).contains(definition());
        assertThat(readByAnotherProcess.dyads()).containsExactly(US_RU);
    }

    @Test
    void a_large_batch_with_quotes_commas_newlines_and_accents_reads_back_unchanged() {
        LedgerStore ledger = freshStore();
        List<Entry> batch = new ArrayList<>();
        for (Entry entry : generated("q", 0, 300)) {
            batch.add(new Entry(entry.id(), 0, entry.dyad(), entry.actor(), entry.target(), entry.occurredOn(),
                    entry.recordedAt(), "Ré\"dacteur\", 2", entry.sources(), entry.respondsTo(), entry.confidence(),
                    "a \"quoted\" note, with commas,\nnew lines\tand tabs, \\N and \\. and ünïcödé – " + entry.id(),
                    entry.measure()));
        }

        ledger.importEntries(US_RU, batch);

        List<Entry> read = reopened(ledger).entries(US_RU);
        assertThat(read).hasSize(300);
        for (int i = 0; i < read.size(); i++) {
            assertThat(read.get(i)).isEqualTo(batch.get(i).withSequence(i + 1L));
        }
    }

    @Test
    void sequences_continue_across_appends_and_a_retraction_is_an_entry_like_any_other() {
        LedgerStore ledger = freshStore();
        ledger.append(US_RU, generated("b", 0, 2), OptionalLong.empty());

        List<Entry> second = ledger.append(US_RU, List.of(retraction("b-fix", generated("b", 1))), OptionalLong.of(2));

        assertThat(second).extracting(Entry::sequence).containsExactly(3L);
        assertThat(ledger.entries(US_RU)).extracting(Entry::sequence).containsExactly(1L, 2L, 3L);
        assertThat(ledger.lastSequence(US_RU)).isEqualTo(3);
    }

    @Test
    void appends_are_checked_against_every_earlier_entry_whichever_process_wrote_it() {
        LedgerStore first = freshStore();
        LedgerStore second = reopened(first);
        first.append(US_RU, generated("d", 0, 2), OptionalLong.empty());
        second.append(US_RU, generated("d", 2, 1), OptionalLong.empty());

        // The first process kept what it validated before; it must still see the second's entry.
        assertThatThrownBy(() -> first.append(US_RU, List.of(generated("d", 2)), OptionalLong.empty()))
                .isInstanceOf(InvalidEntriesException.class).hasMessageContaining("d-2");
        assertThatThrownBy(() -> first.append(US_RU, List.of(generated("d", 1)), OptionalLong.empty()))
                .isInstanceOf(InvalidEntriesException.class).hasMessageContaining("d-1");
        first.append(US_RU, List.of(retraction("d-fix", generated("d", 2))), OptionalLong.of(3));
        assertThatThrownBy(() -> second.append(US_RU, List.of(retraction("d-fix-again", generated("d", 2))),
                OptionalLong.empty())).isInstanceOf(InvalidEntriesException.class)
                .hasMessageContaining("already retracted");
        assertThat(first.entries(US_RU)).extracting(e -> e.id().value())
                .containsExactly("d-0", "d-1", "d-2", "d-fix");
    }

    @Test
    void an_append_with_a_stale_expected_sequence_is_refused_and_stores_nothing() {
        LedgerStore ledger = freshStore();
        ledger.append(US_RU, generated("c", 0, 2), OptionalLong.of(0));

        assertThatThrownBy(() -> ledger.append(US_RU, List.of(generated("c", 2)), OptionalLong.of(1)))
                .isInstanceOfSatisfying(ConcurrencyConflictException.class, e -> {
                    assertThat(e.expected()).isEqualTo(1);
                    assertThat(e.actual()).isEqualTo(2);
                });
        assertThat(ledger.lastSequence(US_RU)).isEqualTo(2);
    }

    @Test
    void an_invalid_append_stores_nothing_and_names_every_problem() {
        LedgerStore ledger = freshStore();
        ledger.append(US_RU, generated("d", 0, 1), OptionalLong.empty());
        Entry duplicate = generated("d", 0);
        Entry retractsNothing = retraction("d-fix", generated("d", 99));

        assertThatThrownBy(() -> ledger.append(US_RU, List.of(generated("d", 1), duplicate, retractsNothing),
                OptionalLong.empty()))
                .isInstanceOfSatisfying(InvalidEntriesException.class, e -> assertThat(e.problems())
                        .extracting(Problem::index, Problem::field)
                        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(1, "id"),
                                org.assertj.core.groups.Tuple.tuple(2, "retracts")));
        assertThat(ledger.entries(US_RU)).hasSize(1);
    }

    @Test
    void appending_to_a_dyad_without_definitions_is_refused() {
        LedgerStore ledger = storeWithoutDefinitions();

        assertThatThrownBy(() -> ledger.append(US_RU, List.of(generated("e", 0)), OptionalLong.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no definitions are stored for dyad us-ru");
    }

    @Test
    void of_concurrent_appends_expecting_the_same_sequence_exactly_one_wins() throws Exception {
        LedgerStore first = freshStore();
        LedgerStore second = reopened(first);
        first.append(US_RU, generated("f", 0, 5), OptionalLong.empty());
        int writers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            LedgerStore store = w % 2 == 0 ? first : second;
            List<Entry> batch = generated("f" + w, 0, 3);
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    store.append(US_RU, batch, OptionalLong.of(5));
                    return "won";
                } catch (ConcurrencyConflictException e) {
                    return "conflict at " + e.actual();
                }
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get());
        }
        pool.shutdown();

        assertThat(results).filteredOn("won"::equals).hasSize(1);
        assertThat(results).filteredOn(r -> !r.equals("won")).hasSize(writers - 1).allMatch("conflict at 8"::equals);
        assertThat(reopened(first).entries(US_RU)).extracting(Entry::sequence)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 8).boxed().toList());
    }

    @Test
    void concurrent_appends_without_an_expected_sequence_lose_and_repeat_nothing() throws Exception {
        LedgerStore first = freshStore();
        LedgerStore second = reopened(first);
        int writers = 6;
        int appendsEach = 10;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Callable<Void>> work = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            LedgerStore store = w % 2 == 0 ? first : second;
            String prefix = "g" + w;
            work.add(() -> {
                for (int i = 0; i < appendsEach; i++) {
                    store.append(US_RU, generated(prefix, i * 2, 2), OptionalLong.empty());
                }
                return null;
            });
        }
        for (Future<Void> done : pool.invokeAll(work)) {
            done.get();
        }
        pool.shutdown();

        List<Entry> entries = reopened(first).entries(US_RU);
        assertThat(entries).extracting(Entry::sequence)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, writers * appendsEach * 2L).boxed().toList());
        assertThat(entries).extracting(e -> e.id().value()).doesNotHaveDuplicates();
        assertThat(first.entries(US_RU)).isEqualTo(entries);
    }

    @Test
    void importing_the_same_entries_twice_adds_nothing_the_second_time() {
        LedgerStore ledger = freshStore();
        List<Entry> batch = generated("i", 0, 50);

        ImportResult once = ledger.importEntries(US_RU, batch);
        ImportResult twice = ledger.importEntries(US_RU, batch);
        ImportResult more = ledger.importEntries(US_RU, generated("i", 40, 20));

        assertThat(once).isEqualTo(new ImportResult(50, 0));
        assertThat(twice).isEqualTo(new ImportResult(0, 50));
        assertThat(more).isEqualTo(new ImportResult(10, 10));
        assertThat(ledger.lastSequence(US_RU)).isEqualTo(60);
    }

    @Test
    void an_import_with_bad_entries_adds_nothing_and_reports_each_by_its_place_in_the_batch() {
        LedgerStore ledger = freshStore();
        ledger.importEntries(US_RU, generated("j", 0, 3));
        List<Entry> batch = new ArrayList<>(generated("j", 0, 3));
        batch.add(generated("j", 3));
        batch.add(retraction("j-bad-1", generated("j", 77)));
        batch.add(generated("j", 1).recorded(Instant.parse("2031-01-01T00:00:00Z"), "someone-else"));
        batch.add(retraction("j-bad-2", generated("j", 88)));

        assertThatThrownBy(() -> ledger.importEntries(US_RU, batch))
                .isInstanceOfSatisfying(InvalidEntriesException.class, e -> assertThat(e.problems())
                        .extracting(Problem::index, Problem::entryId)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(4, "j-bad-1"),
                                org.assertj.core.groups.Tuple.tuple(5, "j-1"),
                                org.assertj.core.groups.Tuple.tuple(6, "j-bad-2")));
        assertThat(ledger.lastSequence(US_RU)).isEqualTo(3);
    }
}
