package org.detente.model;

/** How sure the dataset is of a fact; {@code LOW} flags a figure that could not be confirmed. */
public enum Confidence {
    HIGH, MEDIUM, LOW
}
