package org.detente.ledger;

import java.util.List;
import java.util.Objects;
import org.detente.model.Source;
import org.detente.model.Text;

/**
 * Sources disagree about an entry's fact: who makes the claim the entry records, who disputes it,
 * what each says, and the sources of the dispute. The faces show the dispute beside the entry
 * instead of choosing one side silently.
 */
public record Contest(String claimedBy, String disputedBy, String note, List<Source> sources) {
    public Contest {
        claimedBy = Text.require(claimedBy, "contested.claimedBy");
        disputedBy = Text.require(disputedBy, "contested.disputedBy");
        note = Text.optional(note);
        sources = List.copyOf(Objects.requireNonNull(sources, "contested.sources is required"));
    }
}
