package org.detente.app.architecture.planted;

/** Breaks the environment rule on purpose: the architecture test proves the rule catches it. */
public final class ReadsTheEnvironment {
    private ReadsTheEnvironment() {
    }

    public static String home() {
        return System.getenv("HOME");
    }
}
