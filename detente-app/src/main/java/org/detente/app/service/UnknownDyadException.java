package org.detente.app.service;

import java.util.List;

/** A dyad that détente does not hold. */
public final class UnknownDyadException extends RuntimeException {
    public UnknownDyadException(String dyad, List<String> known) {
        super("unknown dyad '" + dyad + "' (known: " + String.join(", ", known) + ")");
    }
}
