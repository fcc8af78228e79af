package org.detente.state;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.detente.ledger.ChannelMet;
import org.detente.ledger.Entry;
import org.detente.ledger.EntryId;
import org.detente.ledger.MeasureType;
import org.detente.ledger.Retraction;
import org.detente.ledger.StaffLevelReported;
import org.detente.ledger.StatementOfPosition;
import org.detente.ledger.TalksHeld;
import org.detente.model.DatePrecision;
import org.detente.model.DyadDefinition;

/**
 * Derives {@link RelationsState} from a ledger: a deterministic fold of the entries that
 * occurred by a date, as known at a moment.
 *
 * <p><b>Order.</b> Entries apply by {@link #PROJECTION_ORDER}: by the day they occurred (a date
 * of month or year precision counts from the first day of its period, and before day-precise
 * entries of that day); on the same day, changes before observations (a staff report dated D
 * gives the level at the end of D); then by {@code recordedAt}, then by id. The order in which
 * entries were stored never matters.
 *
 * <p><b>Knowledge.</b> With {@code knownAt}, only entries recorded by then count, and a
 * retraction hides the entry it names only once it is itself recorded.
 *
 * <p><b>Speed.</b> For the current knowledge (no {@code knownAt}, or one after every entry), the
 * projector keeps a snapshot of the fold every {@value #SNAPSHOT_INTERVAL} entries, so a state is
 * the nearest snapshot plus at most that many entries. Other {@code knownAt} queries fold from the
 * start. Building a projector is O(n log n); it is immutable and safe to share between threads.
 */
public final class Projector {
    /** The order in which entries apply; see the class comment. */
    public static final Comparator<Entry> PROJECTION_ORDER = Comparator
            .comparing((Entry e) -> e.occurredOn().date())
            .thenComparing(e -> e.occurredOn().precision(), Comparator.reverseOrder())
            .thenComparing(e -> e.measure() instanceof StaffLevelReported)
            .thenComparing(Entry::recordedAt)
            .thenComparing(Entry::id);

    static final int SNAPSHOT_INTERVAL = 2048;

    private final DyadDefinition definition;
    private final Entry[] ordered;
    private final Entry[] current;
    private final long[] currentDays;
    private final Instant latestRecordedAt;
    private final Map<EntryId, Instant> retractedAt;
    private final List<Accumulator> snapshots;
    private final int[] talksPositions;
    private final int[] statementPositions;

    private Projector(DyadDefinition definition, Collection<Entry> entries) {
        this.definition = Objects.requireNonNull(definition, "definition is required");
        this.ordered = sorted(entries);
        this.retractedAt = new HashMap<>();
        Instant latest = Instant.MIN;
        for (Entry entry : ordered) {
            if (entry.recordedAt().isAfter(latest)) {
                latest = entry.recordedAt();
            }
            if (entry.measure() instanceof Retraction r) {
                retractedAt.merge(r.retracts(), entry.recordedAt(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        this.latestRecordedAt = latest;
        List<Entry> kept = new ArrayList<>(ordered.length);
        for (Entry entry : ordered) {
            if (!(entry.measure() instanceof Retraction) && !retractedAt.containsKey(entry.id())) {
                kept.add(entry);
            }
        }
        this.current = kept.toArray(new Entry[0]);
        this.currentDays = new long[current.length];
        List<Integer> talks = new ArrayList<>();
        List<Integer> statements = new ArrayList<>();
        this.snapshots = new ArrayList<>();
        Accumulator fold = new Accumulator(definition);
        for (int i = 0; i < current.length; i++) {
            if (i % SNAPSHOT_INTERVAL == 0) {
                snapshots.add(fold.copy());
            }
            currentDays[i] = current[i].occurredOn().date().toEpochDay();
            if (current[i].measure() instanceof TalksHeld || current[i].measure() instanceof ChannelMet) {
                talks.add(i);
            } else if (current[i].measure() instanceof StatementOfPosition) {
                statements.add(i);
            }
            fold.apply(current[i], false);
        }
        this.talksPositions = talks.stream().mapToInt(Integer::intValue).toArray();
        this.statementPositions = statements.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A projector over {@code entries} (in any order) of the dyad that {@code definition} describes. */
    public static Projector of(DyadDefinition definition, Collection<Entry> entries) {
        return new Projector(definition, entries);
    }

    /**
     * The state as of {@code asOf} from a plain fold over every entry: the reference the indexed
     * projector must agree with, and a pure function of its arguments.
     */
    public static RelationsState project(DyadDefinition definition, Collection<Entry> entries, LocalDate asOf,
                                         Optional<Instant> knownAt) {
        return foldAll(definition, sorted(entries), asOf, knownAt);
    }

    public DyadDefinition definition() {
        return definition;
    }

    /** Every entry, retractions included, in projection order. */
    public List<Entry> entries() {
        return List.of(ordered);
    }

    /** The state as of a date, from everything recorded. */
    public RelationsState stateAsOf(LocalDate asOf) {
        return stateAsOf(asOf, Optional.empty());
    }

    /** The state as of a date, as known at a moment (empty: everything recorded). */
    public RelationsState stateAsOf(LocalDate asOf, Optional<Instant> knownAt) {
        Objects.requireNonNull(asOf, "asOf is required");
        Objects.requireNonNull(knownAt, "knownAt is required (empty for everything recorded)");
        if (knownAt.isPresent() && knownAt.get().isBefore(latestRecordedAt)) {
            return foldAll(definition, ordered, asOf, knownAt);
        }
        int count = countOccurredBy(asOf);
        Accumulator fold = snapshots.isEmpty() ? new Accumulator(definition)
                : snapshots.get(Math.min(count / SNAPSHOT_INTERVAL, snapshots.size() - 1)).copy();
        for (int i = fold.applied(); i < count; i++) {
            fold.apply(current[i], false);
        }
        return fold.toState(asOf, knownAt, talksUpTo(count), statementsUpTo(count));
    }

    private int countOccurredBy(LocalDate asOf) {
        long day = asOf.toEpochDay();
        int low = 0;
        int high = currentDays.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (currentDays[mid] <= day) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private List<TalksRound> talksUpTo(int count) {
        List<TalksRound> result = new ArrayList<>();
        for (int position : talksPositions) {
            if (position >= count) {
                break;
            }
            Entry entry = current[position];
            result.add(entry.measure() instanceof ChannelMet meeting
                    ? TalksRound.of(entry.id(), entry.occurredOn(), meeting)
                    : TalksRound.of(entry.id(), entry.occurredOn(), (TalksHeld) entry.measure()));
        }
        return result;
    }

    private List<Statement> statementsUpTo(int count) {
        List<Statement> result = new ArrayList<>();
        for (int position : statementPositions) {
            if (position >= count) {
                break;
            }
            Entry entry = current[position];
            StatementOfPosition s = (StatementOfPosition) entry.measure();
            result.add(new Statement(entry.id(), entry.occurredOn(), entry.actor(), s.speaker(), s.position(),
                    s.track()));
        }
        return result;
    }

    /**
     * The entries in {@link #PROJECTION_ORDER}. The first three keys are packed into one long so
     * that sorting a million entries compares primitives, not a chain of boxed keys.
     */
    private static Entry[] sorted(Collection<Entry> entries) {
        Keyed[] keyed = new Keyed[entries.size()];
        int i = 0;
        for (Entry entry : entries) {
            long key = entry.occurredOn().date().toEpochDay() << 3
                    | (long) (DatePrecision.YEAR.ordinal() - entry.occurredOn().precision().ordinal()) << 1
                    | (entry.measure() instanceof StaffLevelReported ? 1 : 0);
            keyed[i++] = new Keyed(key, entry);
        }
        Arrays.sort(keyed, Keyed.ORDER);
        Entry[] result = new Entry[keyed.length];
        for (int j = 0; j < keyed.length; j++) {
            result[j] = keyed[j].entry();
        }
        return result;
    }

    private record Keyed(long key, Entry entry) {
        static final Comparator<Keyed> ORDER = (a, b) -> {
            int byKey = Long.compare(a.key, b.key);
            if (byKey != 0) {
                return byKey;
            }
            int byRecorded = a.entry.recordedAt().compareTo(b.entry.recordedAt());
            return byRecorded != 0 ? byRecorded : a.entry.id().compareTo(b.entry.id());
        };
    }

    private static RelationsState foldAll(DyadDefinition definition, Entry[] sorted, LocalDate asOf,
                                          Optional<Instant> knownAt) {
        Map<EntryId, Boolean> retracted = new HashMap<>();
        for (Entry entry : sorted) {
            if (entry.measure() instanceof Retraction r && entry.isKnownAt(knownAt)) {
                retracted.put(r.retracts(), Boolean.TRUE);
            }
        }
        Accumulator fold = new Accumulator(definition);
        for (Entry entry : sorted) {
            if (entry.occurredOn().date().isAfter(asOf)) {
                break;
            }
            if (entry.type() != MeasureType.RETRACTION && entry.isKnownAt(knownAt)
                    && !retracted.containsKey(entry.id())) {
                fold.apply(entry, true);
            }
        }
        return fold.toState(asOf, knownAt, null, null);
    }
}
