package org.detente.app.service;

/** An entry id that the dyad's ledger does not hold. */
public final class UnknownEntryException extends RuntimeException {
    private final String entryId;

    public UnknownEntryException(String dyad, String entryId) {
        super("the ledger of " + dyad + " holds no entry with id '" + entryId + "'");
        this.entryId = entryId;
    }

    public String entryId() {
        return entryId;
    }
}
