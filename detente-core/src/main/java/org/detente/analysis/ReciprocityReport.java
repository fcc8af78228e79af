package org.detente.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.detente.ledger.EntryId;
import org.detente.ledger.MeasureCategory;
import org.detente.ledger.Stance;

/**
 * The result of reciprocity pairing: the pairs in the order of their responses, the measures left
 * unanswered in projection order, the parity per category and stance, and the explicit links that
 * were not honoured. Every counted measure is answered at most once and answers at most one.
 */
public record ReciprocityReport(List<ResponsePair> pairs, List<UnansweredMeasure> unanswered,
                                List<CategoryParity> parity, List<IgnoredLink> ignoredLinks) {
    public ReciprocityReport {
        pairs = List.copyOf(Objects.requireNonNull(pairs, "pairs is required"));
        unanswered = List.copyOf(Objects.requireNonNull(unanswered, "unanswered is required"));
        parity = List.copyOf(Objects.requireNonNull(parity, "parity is required"));
        ignoredLinks = List.copyOf(Objects.requireNonNull(ignoredLinks, "ignoredLinks is required"));
    }

    /** The pair in which {@code measure} was answered, if it was. */
    public Optional<ResponsePair> responseTo(EntryId measure) {
        Objects.requireNonNull(measure, "measure is required");
        return pairs.stream().filter(p -> p.measure().id().equals(measure)).findFirst();
    }

    /** The pair in which {@code response} answered something, if it did. */
    public Optional<ResponsePair> answeredBy(EntryId response) {
        Objects.requireNonNull(response, "response is required");
        return pairs.stream().filter(p -> p.response().id().equals(response)).findFirst();
    }

    /** Unanswered measures that were not themselves responses: initiatives left without reply. */
    public List<UnansweredMeasure> unansweredInitiatives() {
        return unanswered.stream().filter(u -> !u.itselfAResponse()).toList();
    }

    /** The parity of one category and stance; empty when neither side took such a measure. */
    public Optional<CategoryParity> parityOf(MeasureCategory category, Stance stance) {
        return parity.stream().filter(p -> p.category() == category && p.stance() == stance).findFirst();
    }

    /** Pairs by the id of the measure answered, for callers that look many up. */
    public Map<EntryId, ResponsePair> pairsByMeasure() {
        Map<EntryId, ResponsePair> result = new HashMap<>();
        for (ResponsePair pair : pairs) {
            result.put(pair.measure().id(), pair);
        }
        return Map.copyOf(result);
    }
}
