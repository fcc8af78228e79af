package org.detente.events.reciprocity;

import java.util.List;
import java.util.Objects;
import org.detente.events.signals.MonthRange;

/**
 * Reciprocity of every directed pair with events in the period, in the order of the unordered
 * pair then actor, with the rankings: the {@code topReciprocating} pairs (highest best-lag
 * correlation) and the {@code mostOneSided} (lowest share of months with a response, then most
 * events), both among pairs active in at least {@code minActiveMonths} months (for the top list,
 * in both directions).
 */
public record ReciprocityReport(MonthRange period, int minActiveMonths, List<PairReciprocity> pairs,
                                List<PairReciprocity> topReciprocating, List<PairReciprocity> mostOneSided) {
    public ReciprocityReport {
        Objects.requireNonNull(period, "period is required");
        pairs = List.copyOf(pairs);
        topReciprocating = List.copyOf(topReciprocating);
        mostOneSided = List.copyOf(mostOneSided);
    }

    /** The pair {@code actor→responder}, when it had events either way. */
    public java.util.Optional<PairReciprocity> pair(String actor, String responder) {
        return pairs.stream().filter(p -> p.actor().equals(actor) && p.responder().equals(responder)).findFirst();
    }
}
