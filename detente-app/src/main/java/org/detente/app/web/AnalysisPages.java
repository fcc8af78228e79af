package org.detente.app.web;

import java.util.List;
import org.detente.app.web.Views.Badge;

/** View-models of the analysis pages: reciprocity and escalation, consular capacity, scenarios. */
public final class AnalysisPages {
    private AnalysisPages() {
    }

    /** Parity by category and side, the pairs with ratios and lags, and the escalation index over time. */
    public record ReciprocityPage(Frame frame, int windowDays, String firstSide, String secondSide, List<ParityRow> parity,
                                  List<PairRow> pairs, int unanswered, String chartJson, String latestIndex) {
    }

    /** One category and stance: each side's measures and magnitude, and the parity. */
    public record ParityRow(String category, Badge stance, String first, String second, String balance, String parity) {
    }

    /** A measure and its response. */
    public record PairRow(String measureId, String measure, String responseId, String response, String basis,
                          String ratio, String lag) {
    }

    /** The capacity model's inputs as a form, and its result. */
    public record CapacityPage(Frame frame, List<RecordPage.Field> parameters, List<RecordPage.Field> inputs,
                               CapacityResult result, List<String> observations) {
    }

    /** What the model gives for the inputs, or the message when they are invalid. */
    public record CapacityResult(String error, String adjudications, String issuances, String support, String demand,
                                 String growth, String waitNow, String waitAtHorizon, String horizon, String monthsToClear,
                                 String officersNeeded) {
        public boolean failed() {
            return !error.isEmpty();
        }
    }

    /** The scenario form, its snippets, and the result when one was evaluated. */
    public record ScenarioPage(Frame frame, String name, String asOf, String entries, List<Snippet> snippets,
                               ScenarioResultView result) {
    }

    /** A hypothetical entry to add to the form, as YAML. */
    public record Snippet(String label, String yaml) {
    }

    /** The difference a scenario makes, or the problems that stop it. */
    public record ScenarioResultView(boolean evaluated, List<String> problems, List<String> newlyMet,
                                     List<String> newlyReady, List<String> goalChanges, List<String> stateChanges,
                                     List<String> metricChanges) {
    }
}
