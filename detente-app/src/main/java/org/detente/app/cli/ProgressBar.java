package org.detente.app.cli;

import java.io.PrintWriter;
import org.detente.simulation.TournamentProgress;
import org.detente.simulation.calibration.ForecastProgress;

/**
 * A progress bar on standard error for the runs of a forecast or the matches of a tournament,
 * drawn only when the output is a terminal (so redirected output and tests stay clean), redrawn
 * only when the whole percentage grows, and wiped by {@link #finish()}. Told from several threads
 * at once, with counts that may arrive out of order.
 */
final class ProgressBar implements ForecastProgress, TournamentProgress {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final boolean enabled;
    private final String unit;
    private int shownPercent = -1;

    /** A bar that draws on {@code err} when {@code enabled}, counting in {@code unit} ("runs", "matches"). */
    ProgressBar(PrintWriter err, boolean enabled, String unit) {
        this.err = err;
        this.enabled = enabled;
        this.unit = unit;
    }

    /** A bar that draws only when the JVM runs on a terminal. */
    static ProgressBar onTerminal(PrintWriter err, String unit) {
        return new ProgressBar(err, System.console() != null, unit);
    }

    @Override
    public void runsDone(int done, int total) {
        show(done, total);
    }

    @Override
    public void matchesDone(int done, int total) {
        show(done, total);
    }

    private synchronized void show(int done, int total) {
        int percent = (int) (100L * done / total);
        if (!enabled || percent <= shownPercent) {
            return;
        }
        shownPercent = percent;
        int filled = percent * WIDTH / 100;
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + "% of " + total + " " + unit);
        err.flush();
    }

    /** Wipes the bar, if one was drawn, so that what follows starts on a clean line. */
    synchronized void finish() {
        if (enabled && shownPercent >= 0) {
            err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
            err.flush();
        }
    }
}
