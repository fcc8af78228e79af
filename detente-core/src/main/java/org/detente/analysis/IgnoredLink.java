package org.detente.analysis;

import java.util.Objects;
import org.detente.ledger.Entry;
import org.detente.ledger.EntryId;
import org.detente.model.Text;

/**
 * An explicit {@code respondsTo} that reciprocity did not honour, and why (the entry it names is
 * retracted or absent, one of the two does not count for reciprocity, both are by the same side,
 * or the named measure was already answered by an earlier response).
 */
public record IgnoredLink(Entry response, EntryId respondsTo, String reason) {
    public IgnoredLink {
        Objects.requireNonNull(response, "response is required");
        Objects.requireNonNull(respondsTo, "respondsTo is required");
        reason = Text.require(reason, "reason");
    }
}
