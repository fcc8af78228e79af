package org.detente.ledger;

import org.detente.model.Ids;

/** The stable id of a ledger entry: given by its author, or derived from its content. */
public record EntryId(String value) implements Comparable<EntryId> {
    public EntryId {
        Ids.requireValid(value, "entry id");
    }

    public static EntryId of(String value) {
        return new EntryId(value);
    }

    @Override
    public int compareTo(EntryId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
