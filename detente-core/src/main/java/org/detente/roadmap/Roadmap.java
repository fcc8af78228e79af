package org.detente.roadmap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.detente.ledger.CommitmentMade;
import org.detente.ledger.Entry;
import org.detente.ledger.EntryId;
import org.detente.ledger.RestrictionImposed;
import org.detente.ledger.SanctionImposed;
import org.detente.model.Country;
import org.detente.model.DyadDefinition;
import org.detente.model.Track;
import org.detente.state.RelationsState;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * A validated goal graph, built once and evaluated as of any date. Goal ids are unique, every
 * precondition names a goal of the roadmap, and the preconditions form a DAG: a cycle is rejected
 * with a message that names the goals in it, in order. The graph has an edge from each
 * precondition to the goal that needs it.
 *
 * <p>Construction uses JGraphT: strong components (Kosaraju) to find cycles, BFS for a shortest
 * cycle to name, and a topological order (ties broken by the order the goals were given). The
 * order is kept as index arrays, so {@link RoadmapEvaluator} runs in one pass without maps.
 * Building is O(V + E) plus JGraphT's own overhead; the roadmap is immutable and thread-safe.
 */
public final class Roadmap {
    private final List<Goal> goals;
    private final Optional<GoalId> overallGoal;
    private final Optional<EntryId> trigger;
    private final Graph<GoalId, DefaultEdge> graph;
    private final Map<GoalId, Goal> byId;
    /** Goals in topological order, and for each its preconditions as positions in that order. */
    final Goal[] ordered;
    final int[][] preconditionPositions;
    /** For each position in topological order, the goal's index in {@link #goals}. */
    final int[] declarationIndex;

    private Roadmap(List<Goal> goals, Optional<GoalId> overallGoal, Graph<GoalId, DefaultEdge> graph,
                    Map<GoalId, Goal> byId, List<GoalId> topologicalOrder, Optional<EntryId> trigger) {
        this.goals = goals;
        this.trigger = trigger;
        this.overallGoal = overallGoal;
        this.graph = new AsUnmodifiableGraph<>(graph);
        this.byId = byId;
        int n = goals.size();
        Map<GoalId, Integer> position = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            position.put(topologicalOrder.get(i), i);
        }
        Map<GoalId, Integer> declared = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            declared.put(goals.get(i).id(), i);
        }
        this.ordered = new Goal[n];
        this.preconditionPositions = new int[n][];
        this.declarationIndex = new int[n];
        for (int i = 0; i < n; i++) {
            Goal goal = byId.get(topologicalOrder.get(i));
            ordered[i] = goal;
            declarationIndex[i] = declared.get(goal.id());
            int[] pre = new int[goal.preconditions().size()];
            for (int j = 0; j < pre.length; j++) {
                pre[j] = position.get(goal.preconditions().get(j));
            }
            preconditionPositions[i] = pre;
        }
    }

    /** A roadmap without an overall goal. */
    public static Roadmap of(List<Goal> goals) {
        return of(goals, Optional.empty());
    }

    /**
     * A roadmap of {@code goals} whose overall goal (the one {@link RoadmapEvaluation#criticalPath()}
     * leads to) is {@code overallGoal} when given.
     *
     * @throws InvalidRoadmapException naming every duplicate id, unknown precondition and cycle
     */
    public static Roadmap of(List<Goal> goals, Optional<GoalId> overallGoal) {
        Objects.requireNonNull(goals, "goals is required");
        Objects.requireNonNull(overallGoal, "overallGoal is required (empty when none)");
        List<Goal> copy = List.copyOf(goals);
        List<RoadmapProblem> problems = new ArrayList<>();
        Map<GoalId, Goal> byId = new LinkedHashMap<>(copy.size() * 2);
        for (Goal goal : copy) {
            if (byId.putIfAbsent(goal.id(), goal) != null) {
                problems.add(new RoadmapProblem(goal.id().value(), "id", "goal id '" + goal.id() + "' is defined twice"));
            }
        }
        SimpleDirectedGraph<GoalId, DefaultEdge> graph = new SimpleDirectedGraph<>(DefaultEdge.class);
        byId.keySet().forEach(graph::addVertex);
        for (Goal goal : byId.values()) {
            for (GoalId precondition : goal.preconditions()) {
                if (byId.containsKey(precondition)) {
                    graph.addEdge(precondition, goal.id());
                } else {
                    problems.add(new RoadmapProblem(goal.id().value(), "preconditions",
                            "no goal with id '" + precondition + "'"));
                }
            }
        }
        overallGoal.ifPresent(id -> {
            if (!byId.containsKey(id)) {
                problems.add(new RoadmapProblem("", "overallGoal", "no goal with id '" + id + "'"));
            }
        });
        Map<GoalId, Integer> declared = new HashMap<>(copy.size() * 2);
        for (int i = 0; i < copy.size(); i++) {
            declared.putIfAbsent(copy.get(i).id(), i);
        }
        problems.addAll(cycles(graph, declared));
        if (!problems.isEmpty()) {
            throw new InvalidRoadmapException(problems);
        }
        List<GoalId> order = new ArrayList<>(copy.size());
        new TopologicalOrderIterator<>(graph, Comparator.comparingInt(declared::get)).forEachRemaining(order::add);
        return new Roadmap(copy, overallGoal, graph, byId, order, Optional.empty());
    }

    /**
     * The same roadmap whose clock starts at the entry {@code trigger} (the agreement or first round
     * of talks that began the normalization; reference-class forecasts measure from its date).
     * Whether the entry exists is checked against a dataset by {@link #problemsAgainst}.
     */
    public Roadmap withTrigger(Optional<EntryId> trigger) {
        Objects.requireNonNull(trigger, "trigger is required (empty when none)");
        return new Roadmap(goals, overallGoal, graph, byId, topologicalOrder(), trigger);
    }

    /** The entry that starts the clock of this normalization, when the roadmap names one. */
    public Optional<EntryId> trigger() {
        return trigger;
    }

    /**
     * The day the trigger occurred, read from {@code entries}, when it had occurred by {@code asOf};
     * empty without a trigger, before it, or while no entry records it.
     */
    public Optional<LocalDate> triggeredOn(List<Entry> entries, LocalDate asOf) {
        Objects.requireNonNull(entries, "entries is required");
        Objects.requireNonNull(asOf, "asOf is required");
        return trigger.flatMap(id -> entries.stream().filter(e -> e.id().equals(id)).map(e -> e.occurredOn().date())
                .findFirst()).filter(day -> !day.isAfter(asOf));
    }

    /** One problem per strongly connected component of more than one goal, naming a shortest cycle in it. */
    private static List<RoadmapProblem> cycles(Graph<GoalId, DefaultEdge> graph, Map<GoalId, Integer> declared) {
        List<RoadmapProblem> problems = new ArrayList<>();
        List<Set<GoalId>> components = new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets();
        for (Set<GoalId> component : components) {
            if (component.size() < 2) {
                continue;
            }
            GoalId first = component.stream().min(Comparator.comparingInt(declared::get)).orElseThrow();
            Graph<GoalId, DefaultEdge> inside = new AsSubgraph<>(graph, component);
            GraphPath<GoalId, DefaultEdge> shortest = null;
            for (DefaultEdge edge : inside.outgoingEdgesOf(first)) {
                GraphPath<GoalId, DefaultEdge> back = BFSShortestPath.findPathBetween(inside, inside.getEdgeTarget(edge), first);
                if (back != null && (shortest == null || back.getLength() < shortest.getLength())) {
                    shortest = back;
                }
            }
            List<GoalId> cycle = new ArrayList<>();
            cycle.add(first);
            cycle.addAll(Objects.requireNonNull(shortest, "a strong component has a cycle").getVertexList());
            problems.add(new RoadmapProblem(first.value(), "preconditions", "preconditions form a cycle: "
                    + cycle.stream().map(GoalId::value).collect(Collectors.joining(" → "))
                    + " (each goal is a precondition of the next)"
                    + (component.size() > cycle.size() - 1 ? "; " + component.size() + " goals are caught in cycles here" : "")));
        }
        return problems;
    }

    /** The goals in the order they were given. */
    public List<Goal> goals() {
        return goals;
    }

    /** The tracks of {@code definition} on which this roadmap sets no goal, in the definition's order. */
    public List<Track> tracksWithoutGoals(DyadDefinition definition) {
        return definition.tracks().stream()
                .filter(track -> goals.stream().noneMatch(goal -> goal.track().equals(track.id()))).toList();
    }

    public Optional<Goal> goal(GoalId id) {
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return goals.size();
    }

    /** The goal of overall normalization, when the roadmap names one. */
    public Optional<GoalId> overallGoal() {
        return overallGoal;
    }

    /** The goal graph (precondition → goal), read-only, for presenters and further JGraphT algorithms. */
    public Graph<GoalId, DefaultEdge> graph() {
        return graph;
    }

    /** The goal ids in a topological order: every precondition before the goals that need it. */
    public List<GoalId> topologicalOrder() {
        List<GoalId> order = new ArrayList<>(ordered.length);
        for (Goal goal : ordered) {
            order.add(goal.id());
        }
        return order;
    }

    /** The roadmap as of the date of {@code state}; criteria that need another date report it unknown. */
    public RoadmapEvaluation evaluate(RelationsState state) {
        return new RoadmapEvaluator(this).evaluate(CriterionContext.of(state));
    }

    /** The roadmap as of {@code asOf}, with {@code history} for states at other dates (baselines). */
    public RoadmapEvaluation evaluate(StateHistory history, LocalDate asOf) {
        return new RoadmapEvaluator(this).evaluate(CriterionContext.of(history.stateAsOf(asOf), history));
    }

    /**
     * What the goals name that the dataset lacks: tracks, missions, channel topics, air links and
     * conditions of the definitions, countries of the dyad, and restrictions, sanctions and
     * commitments that some entry imposes or makes; and a track that says why it has no goals
     * while it has some. Empty when every reference resolves. Checked
     * apart from construction because a roadmap is valid as a graph before any dataset is loaded.
     */
    public List<RoadmapProblem> problemsAgainst(DyadDefinition definition, Collection<Entry> entries) {
        References references = new References(definition, entries);
        List<RoadmapProblem> problems = new ArrayList<>();
        trigger.ifPresent(id -> {
            if (entries.stream().noneMatch(e -> e.id().equals(id))) {
                problems.add(new RoadmapProblem("", "trigger", "no entry of the ledger has id '" + id + "'"));
            }
        });
        for (org.detente.model.Track track : definition.tracks()) {
            if (!track.whyNoGoals().isEmpty() && goals.stream().anyMatch(g -> g.track().equals(track.id()))) {
                problems.add(new RoadmapProblem("", "track", "track '" + track.id() + "' has goals, yet its whyNoGoals "
                        + "says why it has none: remove one or the other"));
            }
        }
        for (Goal goal : goals) {
            String id = goal.id().value();
            if (definition.track(goal.track()).isEmpty()) {
                problems.add(new RoadmapProblem(id, "track", "no track with id '" + goal.track() + "'"));
            }
            references.check(goal.criterion(), (field, message) -> problems.add(new RoadmapProblem(id, field, message)));
        }
        return problems;
    }

    /** The ids a dataset defines, and the check of one criterion against them. */
    private static final class References {
        private final DyadDefinition definition;
        private final Set<String> restrictions;
        private final Set<String> sanctions;
        private final Set<String> commitments;

        References(DyadDefinition definition, Collection<Entry> entries) {
            this.definition = definition;
            this.restrictions = entries.stream().filter(e -> e.measure() instanceof RestrictionImposed)
                    .map(e -> ((RestrictionImposed) e.measure()).restriction().value()).collect(Collectors.toSet());
            this.sanctions = entries.stream().filter(e -> e.measure() instanceof SanctionImposed)
                    .map(e -> ((SanctionImposed) e.measure()).sanction().value()).collect(Collectors.toSet());
            this.commitments = entries.stream().filter(e -> e.measure() instanceof CommitmentMade)
                    .map(e -> ((CommitmentMade) e.measure()).commitment().value()).collect(Collectors.toSet());
        }

        interface Report {
            void problem(String field, String message);
        }

        void check(Criterion criterion, Report report) {
            if (criterion instanceof StaffMultipleReached c) {
                checkCountry(c.sending(), "sending", report);
            } else if (criterion instanceof StaffAtLeast c) {
                checkCountry(c.sending(), "sending", report);
            } else if (criterion instanceof MissionHasStatus c) {
                require(definition.mission(c.mission()).isPresent(), "mission", c.mission().value(), report);
            } else if (criterion instanceof HeadsOfMissionInPost c) {
                c.missions().forEach(m -> require(definition.mission(m).isPresent(), "missions", m.value(), report));
            } else if (criterion instanceof VisaIssuanceAtLeast c) {
                require(definition.mission(c.mission()).isPresent(), "mission", c.mission().value(), report);
            } else if (criterion instanceof RestrictionNotInForce c) {
                if (!restrictions.contains(c.restriction().value())) {
                    report.problem("criterion.restriction", "no entry imposes a restriction with id '" + c.restriction() + "'");
                }
            } else if (criterion instanceof NoRestrictionsInForce c) {
                c.imposedBy().ifPresent(country -> checkCountry(country, "imposedBy", report));
            } else if (criterion instanceof ChannelsActive c) {
                c.topic().ifPresent(topic -> {
                    if (definition.channels().stream().noneMatch(ch -> ch.topic().equals(topic))) {
                        report.problem("criterion.topic", "no channel has topic '" + topic + "'");
                    }
                });
            } else if (criterion instanceof AirLinkOperating c) {
                require(definition.airLink(c.airLink()).isPresent(), "airLink", c.airLink().value(), report);
            } else if (criterion instanceof SanctionRelieved c) {
                if (!sanctions.contains(c.sanction().value())) {
                    report.problem("criterion.sanction", "no entry imposes a sanction with id '" + c.sanction() + "'");
                }
            } else if (criterion instanceof CommitmentIsFulfilled c) {
                if (!commitments.contains(c.commitment().value())) {
                    report.problem("criterion.commitment", "no entry makes a commitment with id '" + c.commitment() + "'");
                }
            } else if (criterion instanceof ConditionHolds c) {
                require(definition.condition(c.condition()).isPresent(), "condition", c.condition().value(), report);
            } else if (criterion instanceof AllOf c) {
                c.criteria().forEach(part -> check(part, report));
            } else if (criterion instanceof AnyOf c) {
                c.criteria().forEach(part -> check(part, report));
            }
        }

        private void checkCountry(Country country, String field, Report report) {
            if (!definition.dyad().includes(country)) {
                report.problem("criterion." + field, country + " is not a party of " + definition.dyad());
            }
        }

        private static void require(boolean defined, String field, String id, Report report) {
            if (!defined) {
                report.problem("criterion." + field, "no " + field + " with id '" + id + "'");
            }
        }
    }
}
