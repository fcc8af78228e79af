package org.detente.state;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.detente.ledger.ChannelMet;
import org.detente.ledger.EntryId;
import org.detente.ledger.TalksHeld;
import org.detente.model.HistoricalDate;
import org.detente.model.TalksFormat;
import org.detente.model.TrackId;

/** A round of talks held by the date asked for, with its format and length when the sources give them. */
public record TalksRound(EntryId entry, HistoricalDate date, String venue, List<String> delegations,
                         List<String> agenda, String outcome, List<TrackId> tracks, Optional<TalksFormat> format,
                         OptionalDouble durationHours) {
    public TalksRound {
        delegations = List.copyOf(delegations);
        agenda = List.copyOf(agenda);
        tracks = List.copyOf(tracks);
        Objects.requireNonNull(format, "format is required");
        Objects.requireNonNull(durationHours, "durationHours is required");
    }

    /** A round without format or length. */
    public TalksRound(EntryId entry, HistoricalDate date, String venue, List<String> delegations,
                      List<String> agenda, String outcome, List<TrackId> tracks) {
        this(entry, date, venue, delegations, agenda, outcome, tracks, Optional.empty(), OptionalDouble.empty());
    }

    /** The round a meeting of a channel is: its channel's id stands as its agenda when none is given. */
    static TalksRound of(EntryId entry, HistoricalDate date, ChannelMet meeting) {
        return new TalksRound(entry, date, meeting.venue().isEmpty() ? "(venue not recorded)" : meeting.venue(),
                List.of(), List.of("meeting of channel " + meeting.channel().value()), meeting.outcome(),
                meeting.tracks(), Optional.of(TalksFormat.ROUND), OptionalDouble.empty());
    }

    /** The round an entry of {@code talks} records. */
    static TalksRound of(EntryId entry, HistoricalDate date, TalksHeld talks) {
        return new TalksRound(entry, date, talks.venue(), talks.delegations(), talks.agenda(), talks.outcome(),
                talks.tracks(), talks.format(), talks.durationHours());
    }
}
