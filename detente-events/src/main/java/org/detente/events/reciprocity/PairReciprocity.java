package org.detente.events.reciprocity;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How {@code responder} answers {@code actor} over a period of {@code months} months.
 * <ul>
 * <li>{@code events}, {@code responses}: events actor→responder, and responder→actor;</li>
 * <li>{@code correlationByLag}: for lags 0..3, the Pearson correlation between the actor's monthly
 *     Goldstein sums and the responder's {@code lag} months later (empty when fewer than 3 months
 *     overlap or a series is constant); {@code bestLag} and {@code bestCorrelation} the highest
 *     (the smaller lag on ties; lag 0 and empty when none is defined);</li>
 * <li>{@code activeMonths}: months with actor→responder events; {@code respondedMonths}: those with
 *     responder→actor events in the same month; {@code responseShare} their ratio;</li>
 * <li>{@code meanResponseRatio}: over active months, the mean of responder events / actor events.</li>
 * </ul>
 */
public record PairReciprocity(String actor, String responder, int months, long events, long responses,
                              List<OptionalDouble> correlationByLag, int bestLag, OptionalDouble bestCorrelation,
                              int activeMonths, int respondedMonths, OptionalDouble responseShare,
                              OptionalDouble meanResponseRatio) {
    public PairReciprocity {
        Objects.requireNonNull(actor, "actor is required");
        Objects.requireNonNull(responder, "responder is required");
        correlationByLag = List.copyOf(correlationByLag);
        if (respondedMonths > activeMonths) {
            throw new IllegalArgumentException("responded months " + respondedMonths + " exceed active months "
                    + activeMonths);
        }
        Objects.requireNonNull(bestCorrelation, "bestCorrelation is required");
        Objects.requireNonNull(responseShare, "responseShare is required");
        Objects.requireNonNull(meanResponseRatio, "meanResponseRatio is required");
    }

    /** {@code US→RU}. */
    public String direction() {
        return actor + "→" + responder;
    }
}
