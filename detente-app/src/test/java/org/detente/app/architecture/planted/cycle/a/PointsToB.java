package org.detente.app.architecture.planted.cycle.a;

import org.detente.app.architecture.planted.cycle.b.PointsToA;

/** Half of a package cycle planted on purpose: the architecture test proves the cycle rule catches it. */
public final class PointsToB {
    private PointsToB() {
    }

    public static int other() {
        return PointsToA.value() + 1;
    }

    public static int value() {
        return 1;
    }
}
