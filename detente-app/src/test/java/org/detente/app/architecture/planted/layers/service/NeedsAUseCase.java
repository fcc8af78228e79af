package org.detente.app.architecture.planted.layers.service;

import org.detente.app.architecture.planted.layers.usecase.ReachesUpIntoAFace;

/** Planted on purpose: a service that depends on a use case (the layer above it), closing a package cycle. */
public final class NeedsAUseCase {
    private NeedsAUseCase() {
    }

    public static String name() {
        return "service of " + ReachesUpIntoAFace.name();
    }
}
