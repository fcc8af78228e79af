package org.detente.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
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
import org.detente.model.Country;
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
        List<Entry> counted = new ArrayList<>();
        Map<EntryId, Integer> position = new HashMap<>();
        for (Entry entry : entries) {
            if (counts(entry.type())) {
                position.put(entry.id(), counted.size());
                counted.add(entry);
            }
        }
        int n = counted.size();
        Entry[] answeredBy = new Entry[n];
        boolean[] isResponse = new boolean[n];
        List<ResponsePair> pairs = new ArrayList<>();
        List<IgnoredLink> ignored = new ArrayList<>();
        Set<EntryId> explicitResponders = new HashSet<>();

        // Explicit links first, so inference never takes a measure its author paired otherwise.
        for (Entry entry : entries) {
            Optional<EntryId> link = entry.respondsTo();
            if (link.isEmpty()) {
                continue;
            }
            explicitResponders.add(entry.id());
            Optional<String> problem = explicitProblem(entry, link.get(), position, counted, answeredBy);
            if (problem.isPresent()) {
                ignored.add(new IgnoredLink(entry, link.get(), problem.get()));
                continue;
            }
            int answered = position.get(link.get());
            answeredBy[answered] = entry;
            isResponse[position.get(entry.id())] = true;
        }

        // Inference: one FIFO queue of unanswered measures per (side, category, stance).
        Dyad dyad = n == 0 ? null : counted.get(0).dyad();
        Map<Key, ArrayDeque<Integer>> queues = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Entry entry = counted.get(i);
            long day = entry.occurredOn().date().toEpochDay();
            if (!explicitResponders.contains(entry.id())) {
                Key wanted = new Key(dyad.other(entry.actor()), entry.type().category(), entry.type().stance());
                ArrayDeque<Integer> queue = queues.get(wanted);
                while (queue != null && !queue.isEmpty()) {
                    int head = queue.peekFirst();
                    if (answeredBy[head] != null
                            || day - counted.get(head).occurredOn().date().toEpochDay() > rules.windowDays()) {
                        queue.pollFirst(); // answered, or its window has passed for every later entry too
                        continue;
                    }
                    queue.pollFirst();
                    answeredBy[head] = entry;
                    isResponse[i] = true;
                    break;
                }
            }
            if (answeredBy[i] == null) {
                queues.computeIfAbsent(new Key(entry.actor(), entry.type().category(), entry.type().stance()),
                        k -> new ArrayDeque<>()).addLast(i);
            }
        }

        List<UnansweredMeasure> unanswered = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (answeredBy[i] == null) {
                unanswered.add(new UnansweredMeasure(counted.get(i), isResponse[i]));
            } else {
                pairs.add(ResponsePair.of(counted.get(i), answeredBy[i],
                        explicitResponders.contains(answeredBy[i].id()) ? PairingBasis.EXPLICIT : PairingBasis.INFERRED));
            }
        }
        pairs.sort((a, b) -> Integer.compare(position.get(a.response().id()), position.get(b.response().id())));
        return new ReciprocityReport(pairs, unanswered, parity(dyad, counted), ignored);
    }

    private static Optional<String> explicitProblem(Entry entry, EntryId link, Map<EntryId, Integer> position,
                                                    List<Entry> counted, Entry[] answeredBy) {
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
        if (answeredBy[target] != null) {
            return Optional.of(link + " is already answered by " + answeredBy[target].id());
        }
        return Optional.empty();
    }

    private static List<CategoryParity> parity(Dyad dyad, List<Entry> counted) {
        if (dyad == null) {
            return List.of();
        }
        Map<MeasureCategory, Map<Stance, long[]>> totals = new EnumMap<>(MeasureCategory.class);
        for (Entry entry : counted) {
            long[] t = totals.computeIfAbsent(entry.type().category(), c -> new EnumMap<>(Stance.class))
                    .computeIfAbsent(entry.type().stance(), s -> new long[4]);
            int side = entry.actor().equals(dyad.first()) ? 0 : 2;
            t[side]++;
            t[side + 1] += entry.measure().magnitude();
        }
        List<CategoryParity> result = new ArrayList<>();
        totals.forEach((category, byStance) -> byStance.forEach((stance, t) -> result.add(new CategoryParity(
                category, stance, new SideTotals(dyad.first(), (int) t[0], t[1]),
                new SideTotals(dyad.second(), (int) t[2], t[3])))));
        return result;
    }

    private record Key(Country side, MeasureCategory category, Stance stance) {
    }
}
