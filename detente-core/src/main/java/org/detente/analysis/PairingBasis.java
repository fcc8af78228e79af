package org.detente.analysis;

/** Why two measures are paired: the response names what it answers, or the pairing inferred it. */
public enum PairingBasis {
    EXPLICIT, INFERRED
}
