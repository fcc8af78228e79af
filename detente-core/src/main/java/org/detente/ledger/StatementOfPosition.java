package org.detente.ledger;

import java.util.Objects;
import java.util.Optional;
import org.detente.model.Text;
import org.detente.model.TrackId;

/** A position stated publicly by someone speaking for, or about, the actor's side. */
public record StatementOfPosition(String speaker, String position, Optional<TrackId> track) implements Measure {
    public StatementOfPosition {
        speaker = Text.require(speaker, "speaker");
        position = Text.require(position, "position");
        Objects.requireNonNull(track, "track is required (empty when none)");
    }

    @Override
    public MeasureType type() {
        return MeasureType.STATEMENT;
    }

    @Override
    public <R> R accept(MeasureVisitor<R> visitor) {
        return visitor.statementOfPosition(this);
    }
}
