package org.detente.app.architecture.planted;

import java.time.Clock;
import java.time.Instant;

/** Breaks the clock rule on purpose: the architecture test proves the rule catches it. */
public final class ReadsTheClock {
    private ReadsTheClock() {
    }

    public static Instant now() {
        return Clock.systemUTC().instant();
    }

    public static long ticks() {
        return System.nanoTime();
    }
}
