package org.detente.app.architecture.planted;

import java.util.Random;

/** Breaks the randomness rule on purpose: the architecture test proves the rule catches it. */
public final class DrawsItsOwnRandomness {
    private DrawsItsOwnRandomness() {
    }

    public static int roll() {
        return new Random().nextInt(6) + (int) (Math.random() * 2);
    }
}
