package org.detente.app.web;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.detente.analysis.ConsularOutlook;
import org.detente.analysis.ConsularStaffing;
import org.detente.app.usecase.ConsularSection;
import org.detente.app.usecase.ScenarioRun;
import org.detente.ledger.Entry;
import org.detente.ledger.MeasureType;
import org.detente.model.DyadDefinition;
import org.detente.model.Mission;
import org.detente.store.format.EntryCodec;
import org.detente.store.format.FormatException;
import org.detente.store.format.FormatProblem;
import org.detente.store.format.Tree;
import org.detente.store.format.TreeParser;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The scenario composer: a scenario built in the page one hypothetical entry at a time, with the
 * record page's fields and rules. The entries travel in the form (one hidden field each, the entry
 * in its JSON shape) and are never written to the ledger. An entry is added only when the ledger's
 * rules accept it together with the entries before it; the scenario is then evaluated, with the
 * consular outlook of the section the visitor gives, in the ledger's world and in the scenario's.
 */
final class ScenarioPresenter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SOURCE_URL = "https://example.org/hypothetical";

    private ScenarioPresenter() {
    }

    /**
     * The composition as the form carries it: the scenario's name and date, the consular section
     * (blank officers: none), the entries added so far (JSON), the entry being written, and the
     * messages of the last action.
     */
    record Composition(String name, String asOf, String officers, String localStaff, List<String> entries,
                       Map<String, String> draft, Map<String, String> errors, String notice) {
        Composition {
            entries = List.copyOf(entries);
            draft = Map.copyOf(draft);
            errors = new LinkedHashMap<>(errors);
        }

        static Composition start(LocalDate asOf) {
            return new Composition("What if", asOf.toString(), "10", "30", List.of(), Map.of(), Map.of(), "");
        }

        Composition with(List<String> entries, Map<String, String> draft, Map<String, String> errors, String notice) {
            return new Composition(name, asOf, officers, localStaff, entries, draft, errors, notice);
        }
    }

    /** The page: the composer, the advanced YAML document, and the result when one was evaluated. */
    static AnalysisPages.ScenarioPage page(Frame frame, PageQuestion analyses, Composition c, String document,
                                           boolean advanced, AnalysisPages.ScenarioResultView result) {
        DyadDefinition definition = analyses.ledger().definition();
        Map<String, String> draft = new LinkedHashMap<>(c.draft());
        draft.putIfAbsent("occurredOn", c.asOf());
        draft.putIfAbsent("sources[0].url", SOURCE_URL);
        draft.putIfAbsent("sources[0].title", "A hypothetical step");
        draft.putIfAbsent("sources[0].publisher", "détente scenario");
        draft.putIfAbsent("sources[0].date", c.asOf());
        RecordPage form = RecordPresenter.present(frame, definition, List.of(), draft.getOrDefault("type", ""), draft,
                c.errors(), Map.of(), Map.of(), true, "");
        List<AnalysisPages.ComposedEntry> entries = new ArrayList<>();
        for (int i = 0; i < c.entries().size(); i++) {
            String json = c.entries().get(i);
            entries.add(new AnalysisPages.ComposedEntry(i, json, decode(json, i, analyses, new ArrayList<>())
                    .map(e -> summary(e, definition)).orElse("an entry that cannot be read")));
        }
        List<LedgerPage.Option> quick = new ArrayList<>();
        List<AnalysisPages.Snippet> snippets = quickSteps(analyses, c.asOf());
        for (int i = 0; i < snippets.size(); i++) {
            quick.add(new LedgerPage.Option(String.valueOf(i), snippets.get(i).label(), false));
        }
        return new AnalysisPages.ScenarioPage(frame, c.name(), c.asOf(), section(c), entries, form, quick, c.notice(),
                document.isEmpty() ? yaml(c, analyses) : document, advanced, result);
    }

    /** The consular section's fields: the staffing no public source gives. */
    static List<RecordPage.Field> section(Composition c) {
        return List.of(
                new RecordPage.Field("officers", "s-officers", "Consular officers", "number", c.officers(),
                        c.errors().getOrDefault("officers", ""), List.of(), false,
                        "Leave blank to skip the consular outlook."),
                new RecordPage.Field("localStaff", "s-localStaff", "Local staff in the consular section", "number",
                        c.localStaff(), c.errors().getOrDefault("localStaff", ""), List.of(), false,
                        "Counted only where the host allows local staff in that world."));
    }

    /**
     * Adds the drafted entry (the record form's fields) when the ledger's rules accept it after the
     * entries already composed; otherwise the composition comes back with the field messages.
     */
    static Composition add(PageQuestion analyses, Composition c) {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<MeasureType> type = RecordPresenter.type(c.draft().getOrDefault("type", ""));
        if (type.isEmpty()) {
            errors.put("type", "'" + c.draft().getOrDefault("type", "") + "' is not a type of entry");
            return c.with(c.entries(), c.draft(), errors, "");
        }
        Tree document = RecordPresenter.document(type.get(), c.draft(), analyses.ledger().definition());
        return addTree(analyses, c, document, c.draft());
    }

    /** Adds the quick step numbered {@code index} (reopen a closed mission, lift a restriction in force). */
    static Composition addQuick(PageQuestion analyses, Composition c, String index) {
        List<AnalysisPages.Snippet> snippets = quickSteps(analyses, c.asOf());
        int i;
        try {
            i = Integer.parseInt(index.trim());
        } catch (NumberFormatException e) {
            i = -1;
        }
        if (i < 0 || i >= snippets.size()) {
            Map<String, String> errors = Map.of("quick", "choose one of the quick steps");
            return c.with(c.entries(), c.draft(), errors, "");
        }
        Tree list = TreeParser.yaml(snippets.get(i).yaml());
        return addTree(analyses, c, ((Tree.Sequence) list).items().get(0), c.draft());
    }

    private static Composition addTree(PageQuestion analyses, Composition c, Tree document, Map<String, String> draft) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<FormatProblem> problems = new ArrayList<>();
        Optional<Entry> entry = EntryCodec.decode(document, analyses.dyad(), EntryCodec.Mode.DATASET, "scenario", "",
                "", problems);
        problems.forEach(p -> errors.putIfAbsent(p.field().isEmpty() ? "type" : p.field(), p.message()));
        if (entry.isEmpty() || !errors.isEmpty()) {
            return c.with(c.entries(), draft, errors, "");
        }
        List<String> entries = new ArrayList<>(c.entries());
        entries.add(Json.of(EntryCodec.encode(entry.get(), false)));
        Composition candidate = c.with(entries, Map.of(), Map.of(), "");
        String prefix = "entries[" + (entries.size() - 1) + "]";
        ScenarioRun run = run(analyses, candidate, Optional.empty());
        for (FormatProblem p : run.problems()) {
            if (p.field().startsWith(prefix)) {
                String field = p.field().substring(prefix.length()).replaceFirst("^\\.", "");
                errors.putIfAbsent(field.isEmpty() ? "type" : field, p.message());
            } else if (!p.field().startsWith("entries[")) {
                errors.putIfAbsent(p.field().isEmpty() ? "type" : p.field(), p.message());
            }
        }
        if (!errors.isEmpty()) {
            return c.with(c.entries(), draft, errors, "");
        }
        return c.with(entries, Map.of("type", entry.get().type().code()), Map.of(),
                "Added entry " + entries.size() + ": " + summary(entry.get(), analyses.ledger().definition()) + ".");
    }

    /** The composition without entry {@code index} (numbered from 0). */
    static Composition remove(Composition c, String index, PageQuestion analyses) {
        List<String> entries = new ArrayList<>(c.entries());
        try {
            int i = Integer.parseInt(index.trim());
            if (i >= 0 && i < entries.size()) {
                String removed = entries.remove(i);
                String what = decode(removed, i, analyses, new ArrayList<>())
                        .map(e -> summary(e, analyses.ledger().definition())).orElse("an entry");
                return c.with(entries, c.draft(), Map.of(), "Removed " + what + ".");
            }
        } catch (NumberFormatException e) {
            // an index that is not a number removes nothing
        }
        return c.with(entries, c.draft(), Map.of(), "No entry " + index + " to remove.");
    }

    /** Evaluates the composition, with the consular outlook when the section is given. */
    static AnalysisPages.ScenarioResultView evaluate(PageQuestion analyses, Composition c) {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<ConsularSection> section = section(c, errors);
        if (!errors.isEmpty()) {
            return AnalysisPages.ScenarioResultView.failed(errors.values().stream()
                    .map(m -> "consular section: " + m).toList());
        }
        return result(run(analyses, c, section), analyses, section);
    }

    /** Evaluates a scenario document written by hand (the advanced box). */
    static AnalysisPages.ScenarioResultView evaluate(PageQuestion analyses, String document) {
        ScenarioRun run;
        try {
            Tree tree = document.stripLeading().startsWith("{") ? TreeParser.json(document) : TreeParser.yaml(document);
            run = analyses.evaluateScenario(tree, "scenario", Optional.empty());
        } catch (FormatException e) {
            run = new ScenarioRun(Optional.empty(), List.of(new FormatProblem("scenario", e.line(),
                    e.field(), e.getMessage())));
        }
        return result(run, analyses, Optional.empty());
    }

    private static ScenarioRun run(PageQuestion analyses, Composition c, Optional<ConsularSection> outlooks) {
        List<FormatProblem> problems = new ArrayList<>();
        List<Tree> trees = new ArrayList<>();
        for (int i = 0; i < c.entries().size(); i++) {
            try {
                trees.add(TreeParser.json(c.entries().get(i)));
            } catch (FormatException e) {
                problems.add(new FormatProblem("form", 0, "entries[" + i + "]", "cannot be read: " + e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            return new ScenarioRun(Optional.empty(), problems);
        }
        Map<String, Tree> fields = new LinkedHashMap<>();
        fields.put("name", new Tree.Scalar(c.name().isBlank() ? "scenario" : c.name(), true, 0));
        fields.put("asOf", new Tree.Scalar(c.asOf(), true, 0));
        fields.put("entries", new Tree.Sequence(trees, 0));
        return analyses.evaluateScenario(new Tree.Mapping(fields, Map.of(), 0), "form", outlooks);
    }

    private static Optional<ConsularSection> section(Composition c, Map<String, String> errors) {
        if (c.officers().isBlank()) {
            return Optional.empty();
        }
        int officers = whole(c.officers(), "officers", errors);
        int local = c.localStaff().isBlank() ? 0 : whole(c.localStaff(), "localStaff", errors);
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ConsularSection(new ConsularStaffing(officers, local), 0, 12));
    }

    private static int whole(String text, String field, Map<String, String> errors) {
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.put(field, field + " must be a whole number ≥ 0, got '" + text + "'");
        return 0;
    }

    private static AnalysisPages.ScenarioResultView result(ScenarioRun run, PageQuestion analyses,
                                                           Optional<ConsularSection> section) {
        AnalysisPages.ScenarioResultView view = AnalysisPresenter.scenarioResult(run, analyses.goalTitles());
        if (run.evaluated().isEmpty()) {
            return view;
        }
        if (section.isEmpty()) {
            return view.withConsular(List.of(), "Give the consular section's officers to see its outlook before and after.");
        }
        Map<String, ConsularOutlook> before = run.consularBefore();
        Map<String, ConsularOutlook> after = run.consularAfter();
        DyadDefinition definition = analyses.ledger().definition();
        List<AnalysisPages.OutlookRow> rows = new ArrayList<>();
        before.forEach((mission, b) -> {
            ConsularOutlook a = after.get(mission);
            String name = definition.missions().stream().filter(m -> m.id().value().equals(mission)).map(Mission::name)
                    .findFirst().orElse(mission);
            rows.add(new AnalysisPages.OutlookRow(name, staffing(b), staffing(a), number(b), number(a),
                    AnalysisPresenter.wait(b.waitNow()), AnalysisPresenter.wait(a.waitNow()),
                    !b.capacity().equals(a.capacity())));
        });
        return view.withConsular(rows, rows.isEmpty() ? "No mission has a demand figure by this date." : "");
    }

    private static String staffing(ConsularOutlook o) {
        return o.capacity().staffing().officers() + " officers, " + o.capacity().staffing().localStaff() + " local staff";
    }

    private static String number(ConsularOutlook o) {
        return String.valueOf(Math.round(o.capacity().adjudicationsPerMonth()));
    }

    /** The scenario file (docs/scenarios.md) of the composition, in YAML. */
    static String yaml(Composition c, PageQuestion analyses) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("name", c.name().isBlank() ? "scenario" : c.name());
        document.put("asOf", c.asOf());
        List<Object> entries = new ArrayList<>();
        for (String json : c.entries()) {
            try {
                entries.add(JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { }));
            } catch (java.io.IOException e) {
                throw new WebException(400, "an entry of the form cannot be read: " + e.getMessage());
            }
        }
        document.put("entries", entries);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        return new Yaml(options).dump(document);
    }

    private static Optional<Entry> decode(String json, int index, PageQuestion analyses, List<FormatProblem> problems) {
        try {
            return EntryCodec.decode(TreeParser.json(json), analyses.dyad(), EntryCodec.Mode.DATASET, "scenario", "form",
                    "entries[" + index + "]", problems);
        } catch (FormatException e) {
            return Optional.empty();
        }
    }

    private static String summary(Entry e, DyadDefinition definition) {
        return e.occurredOn() + " " + e.actor().code() + " → " + e.target().code() + ", "
                + Labels.words(e.type().code()) + ": " + Labels.describe(e, definition);
    }

    private static List<AnalysisPages.Snippet> quickSteps(PageQuestion analyses, String asOf) {
        LocalDate date;
        try {
            date = LocalDate.parse(asOf.trim());
        } catch (java.time.format.DateTimeParseException e) {
            return List.of();
        }
        return AnalysisPresenter.snippets(analyses.ledger().definition(), analyses.ledger().projector().stateAsOf(date, analyses.knownAt()),
                date);
    }
}
