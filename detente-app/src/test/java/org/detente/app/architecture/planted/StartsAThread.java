package org.detente.app.architecture.planted;

import java.util.concurrent.Executors;

/** Breaks the thread rule on purpose: the architecture test proves the rule catches it. */
public final class StartsAThread {
    private StartsAThread() {
    }

    public static void start(Runnable work) {
        new Thread(work).start();
        Executors.newSingleThreadExecutor().submit(work);
    }
}
