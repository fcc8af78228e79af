package org.detente.app.architecture.planted.layers.web;

import org.detente.app.architecture.planted.layers.cli.PlantedCommand;

/** Planted on purpose: a page that calls another face (the command line), which the face rule forbids. */
public final class CallsTheCommandLine {
    private CallsTheCommandLine() {
    }

    public static String render() {
        return PlantedCommand.run();
    }
}
