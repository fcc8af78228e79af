package org.detente.app.architecture.planted.layers.cli;

/** A face of the planted application: a command line, which other faces must not call. */
public final class PlantedCommand {
    private PlantedCommand() {
    }

    public static String run() {
        return "ran";
    }
}
