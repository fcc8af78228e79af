package org.detente.state;

import java.util.List;
import org.detente.ledger.EntryId;
import org.detente.model.HistoricalDate;
import org.detente.model.TrackId;

/** A round of talks held by the date asked for. */
public record TalksRound(EntryId entry, HistoricalDate date, String venue, List<String> delegations,
                         List<String> agenda, String outcome, List<TrackId> tracks) {
    public TalksRound {
        delegations = List.copyOf(delegations);
        agenda = List.copyOf(agenda);
        tracks = List.copyOf(tracks);
    }
}
