package org.detente.app.web;

import java.util.List;
import org.detente.app.web.Views.Badge;

/** View-models of the analysis pages: reciprocity and escalation, consular capacity, scenarios. */
public final class AnalysisPages {
    private AnalysisPages() {
    }

    /** Parity by category and side, the pairs with ratios and lags, and the escalation index over time. */
    public record ReciprocityPage(Frame frame, int windowDays, String firstSide, String secondSide, List<ParityRow> parity,
                                  List<PairRow> pairs, Paging pairPaging, int unanswered, String chartJson,
                                  String latestIndex, EventsPanel events) {
        /** The page without news event data (its panel says none were imported). */
        ReciprocityPage withEvents(EventsPanel panel) {
            return new ReciprocityPage(frame, windowDays, firstSide, secondSide, parity, pairs, pairPaging, unanswered,
                    chartJson, latestIndex, panel);
        }
    }

    /**
     * News event data beside the ledger: whether any were imported (else {@code message} says so),
     * the monthly Goldstein sums per direction with the ledger's net index for the same months, the
     * suggested entries an editor accepts or dismisses, the dyad's channels (for reduced relations),
     * and the last decision's notice or error.
     */
    public record EventsPanel(boolean imported, String message, String chartJson, String span,
                              List<SuggestionRow> suggestions, List<LedgerPage.Option> channels, String notice,
                              String error) {
        public EventsPanel {
            suggestions = List.copyOf(suggestions);
            channels = List.copyOf(channels);
        }

        static EventsPanel none(String message) {
            return new EventsPanel(false, message, "", "", List.of(), List.of(), "", "");
        }
    }

    /** A suggestion: what, when, how often reported, where, and what accepting it needs. */
    public record SuggestionRow(String id, String days, String direction, String type, String cameo, int reports,
                                Badge status, String sourceUrl, String sourceLabel, boolean pending,
                                boolean needsCount, boolean needsChannel, String entryId) {
    }

    /** One category and stance: each side's measures and magnitude, and the parity. */
    public record ParityRow(String category, Badge stance, String first, String second, String balance, String parity) {
    }

    /** A measure and its response, each as its sentence with its fields and sources one click away. */
    public record PairRow(Views.EntryText measure, Views.EntryText response, String basis, String ratio, String lag) {
    }

    /** The capacity model's inputs as a form, its result, and the waits observed at missions (consular.yaml). */
    public record CapacityPage(Frame frame, List<RecordPage.Field> parameters, List<RecordPage.Field> inputs,
                               CapacityResult result, List<ObservedWait> observations, List<ReportedWait> reportedWaits) {
        public CapacityPage {
            parameters = List.copyOf(parameters);
            inputs = List.copyOf(inputs);
            observations = List.copyOf(observations);
            reportedWaits = List.copyOf(reportedWaits);
        }
    }

    /**
     * The latest wait the ledger records for one post and class as of the page's date (and moment):
     * who issues the visas, whose nationals wait, the wait in words, who reported it and the sources.
     */
    public record ReportedWait(String reportedOn, String issuer, String applicants, String post, String visaClass,
                               String waitWords, String reportedBy, String entryId, List<Views.SourceLink> sources) {
        public ReportedWait {
            sources = List.copyOf(sources);
        }
    }

    /** A wait for a visa interview reported at a mission on a date, with its sources. */
    public record ObservedWait(String on, String mission, String days, String months, String visaClass,
                               Badge confidence, String note, List<Views.SourceLink> sources) {
    }

    /**
     * What the model gives for the inputs, or the message when they are invalid; {@code chartJson}
     * holds the months up to the horizon with capacity, demand, backlog and expected wait.
     */
    public record CapacityResult(String error, String chartJson, String adjudications, String issuances, String support, String demand,
                                 String growth, String waitNow, String waitAtHorizon, String horizon, String monthsToClear,
                                 String officersNeeded) {
        public boolean failed() {
            return !error.isEmpty();
        }
    }

    /**
     * The scenario composer: name and date, the consular section to assume, the entries composed so
     * far, the form of the next entry (the record page's fields), quick steps, the last action's
     * notice, the scenario as a YAML document (the advanced alternative, open when {@code advanced}),
     * and the result when one was evaluated.
     */
    public record ScenarioPage(Frame frame, String name, String asOf, List<RecordPage.Field> section,
                               List<ComposedEntry> entries, RecordPage entryForm, List<LedgerPage.Option> quickSteps,
                               String notice, String document, boolean advanced, ScenarioResultView result) {
        public ScenarioPage {
            section = List.copyOf(section);
            entries = List.copyOf(entries);
            quickSteps = List.copyOf(quickSteps);
        }

        /** The first source row of the entry form (the scenario's entries need one source). */
        public List<RecordPage.Field> source() {
            return entryForm.sources().get(0);
        }
    }

    /** A hypothetical entry of the composer: its place, its JSON shape (carried by the form) and a sentence. */
    public record ComposedEntry(int index, String json, String summary) {
        public int number() {
            return index + 1;
        }
    }

    /** A hypothetical entry to add to the form, as YAML. */
    public record Snippet(String label, String yaml) {
    }

    /**
     * The difference a scenario makes, or the problems that stop it; {@code consular} holds each
     * mission's outlook before and after (empty, with {@code consularNote} saying why, when none).
     */
    public record ScenarioResultView(boolean evaluated, List<String> problems, List<String> newlyMet,
                                     List<String> newlyReady, List<String> goalChanges, List<String> stateChanges,
                                     List<String> metricChanges, List<OutlookRow> consular, String consularNote) {
        public ScenarioResultView {
            consular = List.copyOf(consular);
        }

        static ScenarioResultView failed(List<String> problems) {
            return new ScenarioResultView(false, problems, List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of(), "");
        }

        ScenarioResultView withConsular(List<OutlookRow> rows, String note) {
            return new ScenarioResultView(evaluated, problems, newlyMet, newlyReady, goalChanges, stateChanges,
                    metricChanges, rows, note);
        }
    }

    /** A mission's consular outlook in the ledger's world and in the scenario's. */
    public record OutlookRow(String mission, String staffingBefore, String staffingAfter, String adjudicationsBefore,
                             String adjudicationsAfter, String waitBefore, String waitAfter, boolean changed) {
    }
}
