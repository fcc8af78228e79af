package org.detente.app.web;

import java.util.List;

/**
 * The dyad beside the reference cases on one time axis, months since each case's trigger: for each
 * case and goal kind, how long after its trigger each goal of that kind was met, or how long it had
 * been open when observation ended; and where each case stands on that axis (the dyad asked about
 * as of the page's date).
 *
 * @param frame     the page frame
 * @param kinds     the goal kinds, one column each, in the vocabulary's order
 * @param rows      one row per case, in the workspace's order
 * @param chartJson the scatter's data: one point per goal duration and one per case's standing
 */
public record ComparisonPage(Frame frame, List<Kind> kinds, List<Row> rows, String chartJson) {
    public ComparisonPage {
        kinds = List.copyOf(kinds);
        rows = List.copyOf(rows);
    }

    /** A goal kind: its code and its words. */
    public record Kind(String code, String label) {
    }

    /**
     * One case.
     *
     * @param dyad          the dyad's id
     * @param name          the two countries' names
     * @param current       whether it is the dyad of the page
     * @param trigger       the day of its trigger, or a note why there is none
     * @param observedUntil the day observation ends: the page's date for the dyad, else its last entry's (no later)
     * @param standing      the months from its trigger to {@code observedUntil}, in words ("" without a trigger)
     * @param goalsMet      its goals met by {@code observedUntil}, in words ("3 of 9")
     * @param cells         one per kind, in the order of {@link ComparisonPage#kinds()}
     */
    public record Row(String dyad, String name, boolean current, String trigger, String observedUntil,
                      String standing, String goalsMet, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * The goals of one kind of one case.
     *
     * @param kind  the kind, in words
     * @param goals the durations, empty when the case has none it waited for
     * @param note  why {@code goals} is empty ("" when it is not)
     */
    public record Cell(String kind, List<Duration> goals, String note) {
        public Cell {
            goals = List.copyOf(goals);
        }
    }

    /**
     * One goal's duration from the trigger.
     *
     * @param goal   the goal's title
     * @param met    whether it was met (else it was still open, censored at {@code months})
     * @param months the months, one decimal
     * @param text   the duration in words: "7.0 months" or "not met (censored at 12.3 months)"
     */
    public record Duration(String goal, boolean met, String months, String text) {
    }
}
