package org.detente.app.architecture.planted.layers.usecase;

import org.detente.app.architecture.planted.layers.service.NeedsAUseCase;
import org.detente.app.architecture.planted.layers.web.CallsTheCommandLine;

/**
 * Planted on purpose: a use case that depends on a face (the layer rule forbids it) and on a service
 * that depends back on it (a package cycle).
 */
public final class ReachesUpIntoAFace {
    private ReachesUpIntoAFace() {
    }

    public static String answer() {
        return CallsTheCommandLine.render() + NeedsAUseCase.name();
    }

    public static String name() {
        return "use case";
    }
}
