package org.detente.app.architecture.planted.cycle.b;

import org.detente.app.architecture.planted.cycle.a.PointsToB;

/** The other half of the planted package cycle. */
public final class PointsToA {
    private PointsToA() {
    }

    public static int value() {
        return 2;
    }

    public static int other() {
        return PointsToB.value() + 1;
    }
}
