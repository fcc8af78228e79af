package org.detente.state;

import java.util.Optional;
import org.detente.ledger.EntryId;
import org.detente.model.Country;
import org.detente.model.HistoricalDate;
import org.detente.model.TrackId;

/** A position stated by the date asked for. */
public record Statement(EntryId entry, HistoricalDate date, Country side, String speaker, String position,
                        Optional<TrackId> track) {
}
