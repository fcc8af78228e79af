package org.detente.store.format;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.detente.ledger.Entry;
import org.detente.ledger.Problem;
import org.detente.model.Dyad;
import org.detente.scenario.Scenario;

/**
 * Reads and writes scenario files (docs/scenarios.md), in YAML or JSON: {@code name},
 * {@code description}, {@code asOf} and {@code entries:} in the ledger entry format, read with
 * {@link EntryCodec} as dataset entries. {@link #locate} puts the problems the scenario evaluator
 * finds in the entries (the ledger's own rules) back at their file and line.
 */
public final class ScenarioCodec {
    /** The author recorded for hypothetical entries. */
    public static final String SCENARIO_AUTHOR = "scenario";
    private static final Set<String> TOP = Set.of("name", "description", "asOf", "entries");

    private ScenarioCodec() {
    }

    /** Reads a scenario of {@code dyad}; empty when anything is wrong (every problem added to {@code problems}). */
    public static Optional<Scenario> decode(Tree tree, String file, Dyad dyad, List<FormatProblem> problems) {
        FieldReader in = FieldReader.of(tree, file, "", problems);
        if (in == null) {
            return Optional.empty();
        }
        in.rejectUnknown(TOP);
        String name = in.text("name", true);
        String description = in.text("description", false);
        LocalDate asOf = in.date("asOf", true);
        List<Tree> items = in.items("entries", true);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            EntryCodec.decode(items.get(i), dyad, EntryCodec.Mode.DATASET, SCENARIO_AUTHOR, file,
                    "entries[" + i + "]", problems).ifPresent(entries::add);
        }
        if (!in.ok()) {
            return Optional.empty();
        }
        return Optional.of(new Scenario(name, description == null ? "" : description, asOf, entries));
    }

    /** Reads a scenario from text: JSON when it starts with '{', YAML otherwise. */
    public static Optional<Scenario> decode(String text, String file, Dyad dyad, List<FormatProblem> problems) {
        Tree tree;
        try {
            tree = text.stripLeading().startsWith("{") ? TreeParser.json(text) : TreeParser.yaml(text);
        } catch (FormatException e) {
            problems.add(new FormatProblem(file, e.line(), e.field(), e.getMessage()));
            return Optional.empty();
        }
        return decode(tree, file, dyad, problems);
    }

    /**
     * The problems of a scenario's entries (as {@code ScenarioEvaluator.validate} words them, each
     * with the entry's position) at the line of the entry's field in {@code tree}, the tree the
     * scenario was decoded from.
     */
    public static List<FormatProblem> locate(List<Problem> found, Tree tree, String file) {
        List<Tree> items = tree instanceof Tree.Mapping m && m.get("entries") instanceof Tree.Sequence s
                ? s.items() : List.of();
        List<FormatProblem> result = new ArrayList<>();
        for (Problem problem : found) {
            Tree item = problem.index() >= 0 && problem.index() < items.size() ? items.get(problem.index()) : null;
            int line = item instanceof Tree.Mapping entry ? entry.lineOf(problem.field())
                    : item == null ? 0 : item.line();
            String path = "entries[" + problem.index() + "]" + (problem.field().isEmpty() ? "" : "." + problem.field());
            result.add(new FormatProblem(file, line, path, problem.message() + " (entry " + problem.entryId() + ")"));
        }
        return result;
    }

    /** The scenario in the shape of a scenario file. */
    public static Map<String, Object> encode(Scenario scenario) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", scenario.name());
        if (!scenario.description().isEmpty()) {
            out.put("description", scenario.description());
        }
        out.put("asOf", scenario.asOf().toString());
        out.put("entries", scenario.entries().stream().map(e -> EntryCodec.encode(e, false)).toList());
        return out;
    }
}
