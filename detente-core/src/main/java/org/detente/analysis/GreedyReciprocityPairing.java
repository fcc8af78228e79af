package org.detente.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.detente.ledger.Entry;
import org.detente.ledger.EntryId;
import org.detente.ledger.MeasureCategory;
import org.detente.ledger.MeasureType;
import org.detente.ledger.Stance;
import org.detente.model.Dyad;

/**
 * Pairs each measure with the other side's response to it.
 *
 * <p><b>What counts.</b> Measures of punitive or conciliatory stance, except the dialogue category
 * (talks are joint acts and statements are words; both enter the escalation index instead).
 * Neutral entries — observations, departures, visa service changes, conditions — never count.
 * Retractions and the entries they retract are left out.
 *
 * <p><b>Rule.</b> First, explicit links: an entry whose {@code respondsTo} names a counted measure of
 * the other side that occurred no later is paired with it, whatever the category and the lag; if
 * several entries name the same measure, the first in projection order wins and the others are
 * reported in {@link ReciprocityReport#ignoredLinks()}. Then inference, greedy in projection
 * order: an entry without {@code respondsTo} answers the <em>earliest</em> still unanswered measure
 * of the other side with the same category and stance that occurred at most
 * {@link ReciprocityRules#windowDays()} days before it. A measure is answered at most once and
 * answers at most one; a response can itself be answered (tit for tat chains).
 *
 * <p><b>Complexity.</b> O(n log n) for the sort, then O(n): one FIFO queue per (side, category,
 * stance); an unanswered measure is dropped from the head of its queue once its window has
 * passed, which is final since entries come in date order.
 */
public final class GreedyReciprocityPairing {
    private static final int CATEGORIES = MeasureCategory.values().length;
    private static final int STANCES = Stance.values().length;

    private final Entry[] entries;
    private final ReciprocityRules rules;

    /** Pairing of {@code entries} (in any order, retractions included) under {@code rules}. */
    public GreedyReciprocityPairing(Collection<Entry> entries, ReciprocityRules rules) {
        this.entries = CurrentEntries.of(entries);
        this.rules = Objects.requireNonNull(rules, "rules is required");
    }

    /** Pairing with the default 90-day window. */
    public GreedyReciprocityPairing(Collection<Entry> entries) {
        this(entries, ReciprocityRules.DEFAULT);
    }

    /** Whether entries of this type take part in reciprocity. */
    public static boolean counts(MeasureType type) {
        return type.stance() != Stance.NEUTRAL && type.category() != MeasureCategory.DIALOGUE;
    }

    /** Pairs the measures, lists the unanswered ones and totals each side per category. */
    public ReciprocityReport pair() {
        // Only the entries some respondsTo names need a lookup by id; usually few.
        Set<EntryId> linkTargets = new HashSet<>();
        for (Entry entry : entries) {
            entry.respondsTo().ifPresent(linkTargets::add);
        }
        List<Entry> counted = new ArrayList<>();
        Map<EntryId, Integer> position = new HashMap<>();
        for (Entry entry : entries) {
            if (counts(entry.type())) {
                if (linkTargets.contains(entry.id()) || entry.respondsTo().isPresent()) {
                    position.put(entry.id(), counted.size());
                }
                counted.add(entry);
            }
        }
        int n = counted.size();
        int[] answers = new int[n]; // for each measure, the index of the measure it answers, or -1
        boolean[] answered = new boolean[n];
        Arrays.fill(answers, -1);
        Map<EntryId, EntryId> answeredByExplicit = new HashMap<>();
        List<IgnoredLink> ignored = new ArrayList<>();

        // Explicit links first, so inference never takes a measure its author paired otherwise.
        for (Entry entry : entries) {
            if (entry.respondsTo().isEmpty()) {
                continue;
            }
            EntryId link = entry.respondsTo().get();
            Optional<String> problem = explicitProblem(entry, link, position, counted, answeredByExplicit);
            if (problem.isPresent()) {
                ignored.add(new IgnoredLink(entry, link, problem.get()));
                continue;
            }
            int target = position.get(link);
            answered[target] = true;
            answers[position.get(entry.id())] = target;
            answeredByExplicit.put(link, entry.id());
        }

        // Inference: one FIFO queue of unanswered measures per (side, category, stance).
        Dyad dyad = n == 0 ? null : counted.get(0).dyad();
        IntQueue[] queues = new IntQueue[2 * CATEGORIES * STANCES];
        long[] days = new long[n];
        for (int i = 0; i < n; i++) {
            Entry entry = counted.get(i);
            long day = entry.occurredOn().date().toEpochDay();
            days[i] = day;
            int side = entry.actor().equals(dyad.first()) ? 0 : 1;
            int kind = entry.type().category().ordinal() * STANCES + entry.type().stance().ordinal();
            if (entry.respondsTo().isEmpty()) {
                IntQueue queue = queues[(1 - side) * CATEGORIES * STANCES + kind];
                while (queue != null && !queue.isEmpty()) {
                    int head = queue.poll();
                    // Answered explicitly, or its window has passed for this and every later entry.
                    if (!answered[head] && day - days[head] <= rules.windowDays()) {
                        answered[head] = true;
                        answers[i] = head;
                        break;
                    }
                }
            }
            if (!answered[i]) {
                int index = side * CATEGORIES * STANCES + kind;
                if (queues[index] == null) {
                    queues[index] = new IntQueue();
                }
                queues[index].add(i);
            }
        }

        List<ResponsePair> pairs = new ArrayList<>();
        List<UnansweredMeasure> unanswered = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (answers[i] >= 0) {
                Entry response = counted.get(i);
                pairs.add(ResponsePair.of(counted.get(answers[i]), response,
                        response.respondsTo().isPresent() ? PairingBasis.EXPLICIT : PairingBasis.INFERRED));
            }
            if (!answered[i]) {
                unanswered.add(new UnansweredMeasure(counted.get(i), answers[i] >= 0));
            }
        }
        return new ReciprocityReport(pairs, unanswered, parity(dyad, counted), ignored);
    }

    private static Optional<String> explicitProblem(Entry entry, EntryId link, Map<EntryId, Integer> position,
                                                    List<Entry> counted, Map<EntryId, EntryId> answeredBy) {
        if (!counts(entry.type())) {
            return Optional.of("a " + entry.type().code() + " does not count for reciprocity");
        }
        Integer target = position.get(link);
        if (target == null) {
            return Optional.of(link + " is retracted, absent, or of a type that does not count for reciprocity");
        }
        Entry answered = counted.get(target);
        if (answered.actor().equals(entry.actor())) {
            return Optional.of("both " + link + " and " + entry.id() + " are by " + entry.actor());
        }
        if (target > position.get(entry.id())) {
            return Optional.of(link + " occurred after " + entry.id());
        }
        if (answeredBy.containsKey(link)) {
            return Optional.of(link + " is already answered by " + answeredBy.get(link));
        }
        return Optional.empty();
    }

    private static List<CategoryParity> parity(Dyad dyad, List<Entry> counted) {
        if (dyad == null) {
            return List.of();
        }
        // [category][stance] -> {first's measures, first's magnitude, second's measures, second's magnitude}
        long[][][] totals = new long[CATEGORIES][STANCES][];
        for (Entry entry : counted) {
            int c = entry.type().category().ordinal();
            int st = entry.type().stance().ordinal();
            if (totals[c][st] == null) {
                totals[c][st] = new long[4];
            }
            int side = entry.actor().equals(dyad.first()) ? 0 : 2;
            totals[c][st][side]++;
            totals[c][st][side + 1] += entry.measure().magnitude();
        }
        List<CategoryParity> result = new ArrayList<>();
        for (MeasureCategory category : MeasureCategory.values()) {
            for (Stance stance : Stance.values()) {
                long[] t = totals[category.ordinal()][stance.ordinal()];
                if (t != null) {
                    result.add(new CategoryParity(category, stance, new SideTotals(dyad.first(), (int) t[0], t[1]),
                            new SideTotals(dyad.second(), (int) t[2], t[3])));
                }
            }
        }
        return result;
    }

    /** A FIFO of ints that only grows at the tail and shrinks at the head, without boxing. */
    private static final class IntQueue {
        private int[] items = new int[16];
        private int head;
        private int tail;

        void add(int value) {
            if (tail == items.length) {
                items = Arrays.copyOf(items, items.length * 2);
            }
            items[tail++] = value;
        }

        boolean isEmpty() {
            return head == tail;
        }

        int poll() {
            return items[head++];
        }
    }
}
