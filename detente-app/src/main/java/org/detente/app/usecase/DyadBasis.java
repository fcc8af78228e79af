package org.detente.app.usecase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.detente.analysis.StaffTarget;
import org.detente.app.service.DyadLedger;
import org.detente.model.Dyad;
import org.detente.roadmap.AllOf;
import org.detente.roadmap.AnyOf;
import org.detente.roadmap.Criterion;
import org.detente.roadmap.Goal;
import org.detente.roadmap.Roadmap;
import org.detente.roadmap.StaffMultipleReached;
import org.detente.roadmap.StateHistory;
import org.detente.state.LedgerView;
import org.detente.store.format.ConsularCodec.ConsularData;
import org.detente.store.format.ConsularCodec;
import org.detente.store.format.FormatProblem;
import org.detente.store.format.RoadmapCodec;
import org.detente.store.format.Tree;

/**
 * What every answer about one dyad is based on: one version of its ledger, the dataset's {@code
 * roadmap.yaml} (checked against the dataset's definitions and entries) and {@code consular.yaml},
 * each decoded once, and the ledger as known at one moment ({@link #view()}). {@link DyadBases}
 * builds one per ledger version and keeps it; {@link #knownAt(Optional)} gives the same documents
 * seen at another moment. Immutable and thread-safe.
 */
public final class DyadBasis {
    /** The file of the dataset that holds the roadmap. */
    public static final String ROADMAP_FILE = "roadmap.yaml";
    /** The file of the dataset that holds the consular parameters, demand figures and observed waits. */
    public static final String CONSULAR_FILE = "consular.yaml";
    /** How many answers one basis remembers; the memory is simply emptied when full. */
    private static final int REMEMBERED = 64;

    private final DyadLedger ledger;
    private final Roadmap roadmap;
    private final List<StaffTarget> staffTargets;
    private final Optional<ConsularData> consular;
    private final Optional<Instant> knownAt;
    /** The ledger as known at {@link #knownAt}: every answer reaches the entries through it. */
    private final LedgerView view;
    /** Answers by question: a basis serves one ledger version, so an answer never goes stale. */
    private final Map<Object, Object> remembered = new ConcurrentHashMap<>();

    private DyadBasis(DyadLedger ledger, Roadmap roadmap, List<StaffTarget> staffTargets,
                      Optional<ConsularData> consular, Optional<Instant> knownAt) {
        this.ledger = ledger;
        this.roadmap = roadmap;
        this.staffTargets = staffTargets;
        this.consular = consular;
        this.knownAt = knownAt;
        this.view = ledger.view(knownAt);
    }

    /**
     * The basis of {@code ledger}, as everything recorded knows it.
     *
     * @throws Unavailable when the dataset has no {@code roadmap.yaml}, or it or {@code consular.yaml}
     *         is invalid (with every problem)
     */
    public static DyadBasis of(DyadLedger ledger) {
        Objects.requireNonNull(ledger, "ledger is required");
        Tree tree = ledger.dataset().document(ROADMAP_FILE).orElseThrow(() -> new Unavailable(
                "dyad " + ledger.definition().dyad() + " has no roadmap (" + ROADMAP_FILE + ")", List.of()));
        List<FormatProblem> problems = new ArrayList<>();
        Optional<Roadmap> roadmap = RoadmapCodec.decodeAgainst(tree, ROADMAP_FILE, ledger.definition(),
                ledger.entries(), problems);
        if (roadmap.isEmpty()) {
            throw new Unavailable("the roadmap of " + ledger.definition().dyad() + " is invalid: "
                    + problems.stream().map(FormatProblem::toString).collect(Collectors.joining("; ")), problems);
        }
        Optional<ConsularData> consular = Optional.empty();
        Optional<Tree> consularTree = ledger.dataset().document(CONSULAR_FILE);
        if (consularTree.isPresent()) {
            consular = ConsularCodec.decode(consularTree.get(), CONSULAR_FILE, ledger.definition(), problems);
            if (consular.isEmpty()) {
                throw new Unavailable("the consular data of " + ledger.definition().dyad() + " is invalid: "
                        + problems.stream().map(FormatProblem::toString).collect(Collectors.joining("; ")), problems);
            }
        }
        return new DyadBasis(ledger, roadmap.get(), staffTargets(roadmap.get()), consular, Optional.empty());
    }

    /**
     * The same documents as the ledger knew it at {@code knownAt} (empty: everything recorded),
     * decoded once and shared.
     */
    public DyadBasis knownAt(Optional<Instant> knownAt) {
        Objects.requireNonNull(knownAt, "knownAt is required (empty for everything recorded)");
        return knownAt.equals(this.knownAt) ? this : new DyadBasis(ledger, roadmap, staffTargets, consular, knownAt);
    }

    /** The moment of knowledge the answers are given at; empty when everything recorded counts. */
    public Optional<Instant> knownAt() {
        return knownAt;
    }

    /** The consular parameters, demand figures and observed waits, when the dataset has them. */
    public Optional<ConsularData> consular() {
        return consular;
    }

    public DyadLedger ledger() {
        return ledger;
    }

    public Dyad dyad() {
        return ledger.definition().dyad();
    }

    /** The roadmap, validated against the dataset. */
    public Roadmap roadmap() {
        return roadmap;
    }

    /** The staff targets of the roadmap: its {@code staff-multiple} criteria, in goal order. */
    public List<StaffTarget> staffTargets() {
        return staffTargets;
    }

    /** The title of each goal by id, for presenters. */
    public Map<String, String> goalTitles() {
        Map<String, String> titles = new LinkedHashMap<>();
        roadmap.goals().forEach(goal -> titles.put(goal.id().value(), goal.title()));
        return titles;
    }

    /** The ledger as known at the moment of knowledge. */
    public LedgerView view() {
        return view;
    }

    /** The states of relations as known at the moment, each date projected once (baselines are asked again and again). */
    StateHistory history() {
        return view::state;
    }

    /** The answer to {@code question} when this basis gave it already, else {@code answer}'s, remembered. */
    @SuppressWarnings("unchecked")
    <T> T remembered(Object question, Supplier<T> answer) {
        Object known = remembered.get(question);
        if (known != null) {
            return (T) known;
        }
        if (remembered.size() >= REMEMBERED) {
            remembered.clear();
        }
        T fresh = answer.get();
        remembered.put(question, fresh);
        return fresh;
    }

    private static List<StaffTarget> staffTargets(Roadmap roadmap) {
        List<StaffTarget> targets = new ArrayList<>();
        for (Goal goal : roadmap.goals()) {
            collect(goal, goal.criterion(), targets);
        }
        return targets;
    }

    private static void collect(Goal goal, Criterion criterion, List<StaffTarget> targets) {
        if (criterion instanceof StaffMultipleReached c) {
            targets.add(new StaffTarget(c.sending(), c.baselineDate(), c.multiple(), goal.targetRange(), c.category()));
        } else if (criterion instanceof AllOf all) {
            all.criteria().forEach(part -> collect(goal, part, targets));
        } else if (criterion instanceof AnyOf any) {
            any.criteria().forEach(part -> collect(goal, part, targets));
        }
    }

    /** The roadmap or an analysis cannot be given: the dataset lacks the document, or it is invalid. */
    public static final class Unavailable extends RuntimeException {
        private final transient List<FormatProblem> problems;

        public Unavailable(String message, List<FormatProblem> problems) {
            super(message);
            this.problems = List.copyOf(problems);
        }

        /** The problems of the document, each {@code file:line: field: message}; empty when it is missing. */
        public List<FormatProblem> problems() {
            return problems;
        }
    }
}
