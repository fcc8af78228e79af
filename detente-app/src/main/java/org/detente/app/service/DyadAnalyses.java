package org.detente.app.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.detente.analysis.ConsularCapacityModel;
import org.detente.analysis.ConsularOutlook;
import org.detente.analysis.ConsularParameter;
import org.detente.analysis.ConsularStaffing;
import org.detente.analysis.GoalMilestone;
import org.detente.forecast.GoalTimeline;
import org.detente.analysis.GoldsteinEscalationIndex;
import org.detente.analysis.GreedyReciprocityPairing;
import org.detente.analysis.MonthlyEscalation;
import org.detente.analysis.PaceReport;
import org.detente.analysis.PoissonPaceAnalysis;
import org.detente.analysis.ReciprocityReport;
import org.detente.analysis.ReciprocityRules;
import org.detente.analysis.StaffGap;
import org.detente.analysis.StaffGapAnalysis;
import org.detente.analysis.StaffTarget;
import org.detente.ledger.Entry;
import org.detente.model.Dyad;
import org.detente.roadmap.AllOf;
import org.detente.roadmap.AnyOf;
import org.detente.roadmap.Criterion;
import org.detente.roadmap.Goal;
import org.detente.roadmap.GoalEvaluation;
import org.detente.roadmap.GoalStatus;
import org.detente.roadmap.Roadmap;
import org.detente.roadmap.RoadmapEvaluation;
import org.detente.roadmap.StaffMultipleReached;
import org.detente.roadmap.StateHistory;
import org.detente.scenario.EvaluatedScenario;
import org.detente.scenario.MetricChange;
import org.detente.scenario.ScenarioAnalysis;
import org.detente.scenario.ScenarioEvaluator;
import org.detente.scenario.ScenarioResult;
import org.detente.scenario.ScenarioWorld;
import org.detente.state.RelationsState;
import org.detente.store.format.ConsularCodec;
import org.detente.store.format.ConsularCodec.ConsularData;
import org.detente.store.format.ConsularCodec.DemandFigure;
import org.detente.store.format.FormatProblem;
import org.detente.store.format.RoadmapCodec;
import org.detente.store.format.ScenarioCodec;
import org.detente.store.format.Tree;

/**
 * The roadmap and the analyses of one dyad as of a date, for every face (CLI and HTTP alike):
 * built once from a {@link DyadLedger}, it decodes the dataset's {@code roadmap.yaml} once
 * (checked against the dataset's definitions and entries) and answers the roadmap's evaluation,
 * the staffing gaps, reciprocity with the escalation index, the pace of talks, and scenarios.
 *
 * <p>Every answer counts the entries that occurred on or before the date asked for, as the ledger
 * knows them now, or, through {@link #knownAt(Optional)}, as it knew them at a moment: only the
 * entries recorded by then, retractions included the same way (a retraction recorded later does
 * not yet hide what it retracts), so states, baselines and pairings are those of that moment.
 * Immutable and thread-safe; build a new one when the ledger changes (a {@link DyadLedger} is one
 * version of it).
 */
public final class DyadAnalyses {
    /** The file of the dataset that holds the roadmap. */
    public static final String ROADMAP_FILE = "roadmap.yaml";
    /** The file of the dataset that holds the consular parameters, demand figures and observed waits. */
    public static final String CONSULAR_FILE = "consular.yaml";

    private final DyadLedger ledger;
    private final Roadmap roadmap;
    private final List<StaffTarget> staffTargets;
    private final Optional<ConsularData> consular;
    private final Optional<Instant> knownAt;
    /** The ledger as known at {@link #knownAt}: every answer reaches the entries through it. */
    private final org.detente.state.LedgerView view;
    /** Reciprocity by question: an analyses object serves one ledger version, so answers never go stale. */
    private final Map<ReciprocityQuestion, Reciprocity> reciprocities = new java.util.concurrent.ConcurrentHashMap<>();

    private DyadAnalyses(DyadLedger ledger, Roadmap roadmap, List<StaffTarget> staffTargets,
                         Optional<ConsularData> consular, Optional<Instant> knownAt) {
        this.ledger = ledger;
        this.roadmap = roadmap;
        this.staffTargets = staffTargets;
        this.consular = consular;
        this.knownAt = knownAt;
        this.view = ledger.view(knownAt);
    }

    /**
     * The analyses of {@code ledger}.
     *
     * @throws Unavailable when the dataset has no {@code roadmap.yaml}, or it or {@code consular.yaml}
     *         is invalid (with every problem)
     */
    public static DyadAnalyses of(DyadLedger ledger) {
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
        return new DyadAnalyses(ledger, roadmap.get(), staffTargets(roadmap.get()), consular, Optional.empty());
    }

    /**
     * The same analyses as the ledger knew it at {@code knownAt} (empty: everything recorded). The
     * roadmap and the consular data are the dataset's, decoded once and shared.
     */
    public DyadAnalyses knownAt(Optional<Instant> knownAt) {
        Objects.requireNonNull(knownAt, "knownAt is required (empty for everything recorded)");
        return knownAt.equals(this.knownAt) ? this
                : new DyadAnalyses(ledger, roadmap, staffTargets, consular, knownAt);
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

    /** The roadmap as of {@code asOf}: statuses, progress, blockers, next steps, critical path. */
    public RoadmapEvaluation roadmapAsOf(LocalDate asOf) {
        return roadmap.evaluate(memoized(), asOf);
    }

    /** The staff targets of the roadmap: its {@code staff-multiple} criteria, in goal order. */
    public List<StaffTarget> staffTargets() {
        return staffTargets;
    }

    /** The staffing gaps as of {@code asOf}; no consular outlook (staffing is an input, see below). */
    public Gaps gapsAsOf(LocalDate asOf) {
        return gapsAsOf(asOf, Optional.empty());
    }

    /**
     * The gaps as of {@code asOf}: each staff target of the roadmap against the levels the ledger
     * reports, and, when {@code section} gives a consular section's staffing (no public source
     * gives the officers, so it is an input), the outlook of each mission with a demand figure by
     * that date (the latest), under the dataset's consular parameters.
     */
    public Gaps gapsAsOf(LocalDate asOf, Optional<ConsularSection> section) {
        List<StaffGap> staff = new StaffGapAnalysis(memoized()::stateAsOf, staffTargets).gapsAsOf(asOf);
        return new Gaps(asOf, staff, outlooks(asOf, section, mission -> section.get().staffing()), parameters());
    }

    /**
     * The gaps in one world of a scenario ({@link EvaluatedScenario#before()} is the ledger,
     * {@link EvaluatedScenario#after()} the ledger with the scenario's entries), as
     * {@link #gapsAsOf(LocalDate, Optional)} gives them, except that the section's staffing is
     * what that world allows: no officer time on visas where the mission offers no routine visa
     * service (its effective issuance is none or emergency only), and no local staff where the host
     * bans the sending side's local staff (a {@code local-staff-ban} restriction in force). So a
     * scenario that lifts the ban or restores visa service shows its effect on capacity.
     */
    public Gaps gapsIn(ScenarioWorld world, Optional<ConsularSection> section) {
        List<StaffGap> staff = new StaffGapAnalysis(world.projector()::stateAsOf, staffTargets).gapsAsOf(world.asOf());
        return new Gaps(world.asOf(), staff,
                outlooks(world.asOf(), section, missionId -> allowedStaffing(world, missionId, section.get())),
                parameters());
    }

    /** The section's staffing as {@code world} lets mission {@code missionId} use it; see {@link #gapsIn}. */
    private static ConsularStaffing allowedStaffing(ScenarioWorld world, String missionId, ConsularSection given) {
        Optional<org.detente.state.MissionState> mission = world.state().missions().stream()
                .filter(m -> m.mission().id().value().equals(missionId)).findFirst();
        boolean serves = mission.flatMap(org.detente.state.MissionState::effectiveVisaIssuance)
                .map(level -> level.atLeast(org.detente.model.VisaIssuance.LIMITED)).orElse(true);
        boolean banned = mission.isPresent() && world.state().restrictionsInForce().stream()
                .anyMatch(r -> r.kind() == org.detente.model.RestrictionKind.LOCAL_STAFF_BAN
                        && r.imposedBy().equals(mission.get().mission().host())
                        && r.appliesTo().equals(mission.get().mission().sending()));
        return new ConsularStaffing(serves ? given.staffing().officers() : 0, banned ? 0 : given.staffing().localStaff());
    }

    /**
     * The consular outlook of each mission with a demand figure by {@code asOf} (the latest), its
     * staffing given by {@code staffingOf} (from the mission id); empty without a section or
     * without consular data.
     */
    private Map<String, ConsularOutlook> outlooks(LocalDate asOf, Optional<ConsularSection> section,
                                                  Function<String, ConsularStaffing> staffingOf) {
        Map<String, ConsularOutlook> outlooks = new LinkedHashMap<>();
        if (section.isPresent() && consular.isPresent()) {
            ConsularCapacityModel model = new ConsularCapacityModel(consular.get().parameters());
            double refusal = consular.get().parameters().refusalRate().value();
            ConsularSection given = section.get();
            latestDemand(asOf).forEach((mission, figure) -> outlooks.put(mission, model.outlook(
                    staffingOf.apply(mission), applicationsPerMonth(figure, refusal), given.backlog(),
                    given.horizonMonths())));
        }
        return outlooks;
    }

    /** The consular model's parameters; empty without consular data. */
    private List<ConsularParameter> parameters() {
        return consular.map(c -> c.parameters().all()).orElse(List.of());
    }

    /** The latest demand figure of each mission by {@code asOf}. */
    private Map<String, DemandFigure> latestDemand(LocalDate asOf) {
        Map<String, DemandFigure> latest = new LinkedHashMap<>();
        for (DemandFigure figure : consular.map(ConsularData::demand).orElse(List.of())) {
            if (figure.mission().isPresent() && !figure.period().date().isAfter(asOf)) {
                latest.merge(figure.mission().get().value(), figure,
                        (a, b) -> b.period().date().isBefore(a.period().date()) ? a : b);
            }
        }
        return latest;
    }

    /**
     * Applications a month from a demand figure: given as such, or applications over its period
     * (a year is 12 months, a month or a day counts as one month), or issuances divided by
     * {@code 1 − refusalRate}, as docs/analyses.md says.
     */
    static double applicationsPerMonth(DemandFigure figure, double refusalRate) {
        double months = figure.period().precision() == org.detente.model.DatePrecision.YEAR ? 12 : 1;
        if (figure.applicationsPerMonth().isPresent()) {
            return figure.applicationsPerMonth().getAsDouble();
        }
        if (figure.applications().isPresent()) {
            return figure.applications().getAsDouble() / months;
        }
        double issued = figure.issuedPerMonth().isPresent() ? figure.issuedPerMonth().getAsDouble()
                : figure.issued().orElse(0) / months;
        return issued / (1 - refusalRate);
    }

    /**
     * Reciprocity of the measures that occurred by {@code asOf}, inferred responses within
     * {@code windowDays}, and the escalation index per month over the same entries.
     *
     * @throws IllegalArgumentException when {@code windowDays} is negative
     */
    public Reciprocity reciprocityAsOf(LocalDate asOf, int windowDays) {
        ReciprocityRules rules = new ReciprocityRules(windowDays);
        ReciprocityQuestion question = new ReciprocityQuestion(asOf, windowDays);
        Reciprocity known = reciprocities.get(question);
        if (known != null) {
            return known;
        }
        if (reciprocities.size() >= 64) {
            reciprocities.clear();
        }
        Reciprocity answer = pair(asOf, windowDays, rules);
        reciprocities.put(question, answer);
        return answer;
    }

    private record ReciprocityQuestion(LocalDate asOf, int windowDays) {
    }

    private Reciprocity pair(LocalDate asOf, int windowDays, ReciprocityRules rules) {
        List<Entry> entries = entriesBy(asOf);
        ReciprocityReport report = new GreedyReciprocityPairing(entries, rules).pair();
        List<MonthlyEscalation> months = new GoldsteinEscalationIndex(entries).monthly();
        return new Reciprocity(asOf, windowDays, report, months);
    }

    /**
     * The pace of talks as of {@code asOf}: rounds, goals met since talks began (a goal counts as
     * met from the first day of its latest run of MET evaluations, judged at every date an entry
     * occurred on), the rate, and a forecast for each open goal, nearest first (by chain length,
     * then roadmap order).
     */
    public PaceReport paceAsOf(LocalDate asOf) {
        StateHistory history = memoized();
        GoalTimeline timeline = GoalTimeline.of(roadmap, history, entriesBy(asOf), asOf);
        RoadmapEvaluation last = timeline.last();
        Map<String, LocalDate> runStart = new HashMap<>();
        timeline.metOn().forEach((id, day) -> runStart.put(id.value(), day));
        Map<String, Integer> declared = new HashMap<>();
        for (int i = 0; i < roadmap.goals().size(); i++) {
            declared.put(roadmap.goals().get(i).id().value(), i);
        }
        List<GoalEvaluation> ordered = new ArrayList<>(Objects.requireNonNull(last).goals());
        ordered.sort(Comparator.comparingInt(GoalEvaluation::chainLength)
                .thenComparingInt(g -> declared.get(g.id().value())));
        List<GoalMilestone> milestones = new ArrayList<>();
        for (GoalEvaluation goal : ordered) {
            LocalDate metOn = runStart.get(goal.id().value());
            milestones.add(metOn == null ? GoalMilestone.open(goal.id().value())
                    : GoalMilestone.metOn(goal.id().value(), metOn));
        }
        RelationsState state = history.stateAsOf(asOf);
        return new PoissonPaceAnalysis(state.talks(), milestones).asOf(asOf);
    }

    /** The title of each goal by id, for presenters of forecasts. */
    public Map<String, String> goalTitles() {
        Map<String, String> titles = new LinkedHashMap<>();
        roadmap.goals().forEach(goal -> titles.put(goal.id().value(), goal.title()));
        return titles;
    }

    /**
     * Reads a scenario document (YAML or JSON tree; {@code file} names it in problems) and
     * evaluates it against the ledger, which is never written. Problems of the document, and the
     * ledger rules its entries break, come back as {@code file:line: field: message}.
     */
    public ScenarioRun evaluateScenario(Tree document, String file) {
        return evaluateScenario(document, file, Optional.empty());
    }

    /** As {@link #evaluateScenario(Tree, String)}, evaluated as of {@code asOf} instead of the document's date when given. */
    public ScenarioRun evaluateScenario(Tree document, String file, Optional<LocalDate> asOf) {
        return evaluateScenario(document, file, asOf, Optional.empty());
    }

    /**
     * As {@link #evaluateScenario(Tree, String, Optional)}; with a consular section, the metric
     * changes also give each mission's consular capacity and expected wait before and after, the
     * section's staffing counted as each world allows it ({@link #gapsIn}).
     */
    public ScenarioRun evaluateScenario(Tree document, String file, Optional<LocalDate> asOf,
                                        Optional<ConsularSection> section) {
        List<FormatProblem> problems = new ArrayList<>();
        var scenario = ScenarioCodec.decode(document, file, dyad(), problems);
        if (scenario.isEmpty()) {
            return new ScenarioRun(Optional.empty(), problems);
        }
        if (asOf.isPresent()) {
            scenario = Optional.of(new org.detente.scenario.Scenario(scenario.get().name(),
                    scenario.get().description(), asOf.get(), scenario.get().entries()));
        }
        List<ScenarioAnalysis> metrics = new ArrayList<>(List.of(staffGapChanges(), escalationChange()));
        section.ifPresent(given -> metrics.add(consularChanges(given)));
        ScenarioEvaluator evaluator = new ScenarioEvaluator(view(), roadmap, metrics);
        ScenarioResult result = evaluator.evaluate(scenario.get());
        return new ScenarioRun(Optional.of(result), ScenarioCodec.locate(result.problems(), document, file));
    }

    /**
     * The entries that occurred on or before {@code asOf} and were recorded by the moment of
     * knowledge, retractions included (analyses honour them).
     */
    private List<Entry> entriesBy(LocalDate asOf) {
        return view().knownEntriesBy(asOf);
    }

    /** The ledger as known at the moment of knowledge. */
    public org.detente.state.LedgerView view() {
        return view;
    }

    /**
     * A history, as known at the moment of knowledge, that projects each date once per question
     * (baselines are asked for again and again).
     */
    private StateHistory memoized() {
        return view()::state;
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

    /** The current level of each staff target, before and after. */
    private ScenarioAnalysis staffGapChanges() {
        return (before, after) -> {
            List<StaffGap> then = gaps(before);
            List<StaffGap> now = gaps(after);
            List<MetricChange> changes = new ArrayList<>();
            for (int i = 0; i < then.size(); i++) {
                StaffGap a = then.get(i);
                StaffGap b = now.get(i);
                if (!a.currentLevel().equals(b.currentLevel()) || !a.shortfall().equals(b.shortfall())) {
                    String subject = a.target().sending().code()
                            + a.target().category().map(c -> " " + org.detente.model.Codes.of(c)).orElse("");
                    changes.add(new MetricChange("staff-level", subject, level(a), level(b),
                            "staff of " + subject + ": " + text(a) + " → " + text(b)));
                }
            }
            return changes;
        };
    }

    private List<StaffGap> gaps(ScenarioWorld world) {
        return new StaffGapAnalysis(world.projector()::stateAsOf, staffTargets).gapsAsOf(world.asOf());
    }

    private static OptionalDouble level(StaffGap gap) {
        return gap.currentLevel().isPresent() ? OptionalDouble.of(gap.currentLevel().getAsInt()) : OptionalDouble.empty();
    }

    private static String text(StaffGap gap) {
        return (gap.currentLevel().isPresent() ? String.valueOf(gap.currentLevel().getAsInt()) : "unknown")
                + (gap.targetLevel().isPresent() ? " of " + gap.targetLevel().getAsInt() : "");
    }

    /** Each mission's consular capacity (adjudications a month) and wait, before and after, for one section. */
    private ScenarioAnalysis consularChanges(ConsularSection section) {
        return (before, after) -> {
            Map<String, ConsularOutlook> then = gapsIn(before, Optional.of(section)).consular();
            Map<String, ConsularOutlook> now = gapsIn(after, Optional.of(section)).consular();
            List<MetricChange> changes = new ArrayList<>();
            for (Map.Entry<String, ConsularOutlook> entry : then.entrySet()) {
                ConsularOutlook a = entry.getValue();
                ConsularOutlook b = now.get(entry.getKey());
                if (b == null) {
                    continue;
                }
                double capacityBefore = a.capacity().adjudicationsPerMonth();
                double capacityAfter = b.capacity().adjudicationsPerMonth();
                if (capacityBefore != capacityAfter || !a.waitNow().equals(b.waitNow())) {
                    changes.add(new MetricChange("consular-capacity", entry.getKey(), OptionalDouble.of(capacityBefore),
                            OptionalDouble.of(capacityAfter), entry.getKey() + ": " + Math.round(capacityBefore)
                            + " → " + Math.round(capacityAfter) + " visa adjudications a month; wait "
                            + wait(a.waitNow()) + " → " + wait(b.waitNow())));
                }
            }
            return changes;
        };
    }

    private static String wait(org.detente.analysis.ExpectedWait wait) {
        if (wait instanceof org.detente.analysis.ExpectedWait.Months months) {
            return String.format(java.util.Locale.ROOT, "%.1f months", months.months());
        }
        return "unbounded";
    }

    /** The cumulative net escalation index up to the scenario's date, before and after. */
    private static ScenarioAnalysis escalationChange() {
        return (before, after) -> {
            OptionalDouble a = cumulativeNet(before);
            OptionalDouble b = cumulativeNet(after);
            if (a.equals(b)) {
                return List.of();
            }
            return List.of(new MetricChange("escalation-index", "", a, b, "cumulative net escalation index: "
                    + format(a) + " → " + format(b)));
        };
    }

    private static OptionalDouble cumulativeNet(ScenarioWorld world) {
        List<Entry> entries = world.entries().stream()
                .filter(e -> !e.occurredOn().date().isAfter(world.asOf())).toList();
        List<MonthlyEscalation> months = new GoldsteinEscalationIndex(entries).monthly();
        return months.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(months.get(months.size() - 1).cumulativeNet());
    }

    private static String format(OptionalDouble value) {
        return value.isPresent() ? String.format(java.util.Locale.ROOT, "%.1f", value.getAsDouble()) : "none";
    }

    /**
     * The gaps as of a date: the staffing gap of each staff target, and the consular outlook of each
     * mission by mission id with the model's parameters (both empty without consular parameters).
     */
    public record Gaps(LocalDate asOf, List<StaffGap> staff, Map<String, ConsularOutlook> consular,
                       List<ConsularParameter> parameters) {
        public Gaps {
            Objects.requireNonNull(asOf, "asOf is required");
            staff = List.copyOf(staff);
            consular = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(consular));
            parameters = List.copyOf(parameters);
        }
    }

    /**
     * A consular section as the question gives it: its staffing, the applications already waiting
     * ({@code backlog}) and the months to look ahead.
     */
    public record ConsularSection(ConsularStaffing staffing, double backlog, int horizonMonths) {
        public ConsularSection {
            Objects.requireNonNull(staffing, "staffing is required");
            if (!(backlog >= 0) || Double.isInfinite(backlog)) {
                throw new IllegalArgumentException("backlog must be a number >= 0, got " + backlog);
            }
            if (horizonMonths < 0) {
                throw new IllegalArgumentException("horizonMonths must not be negative, got " + horizonMonths);
            }
        }
    }

    /** Reciprocity as of a date under a window, and the escalation index over the same entries. */
    public record Reciprocity(LocalDate asOf, int windowDays, ReciprocityReport report,
                              List<MonthlyEscalation> escalation) {
        public Reciprocity {
            Objects.requireNonNull(asOf, "asOf is required");
            Objects.requireNonNull(report, "report is required");
            escalation = List.copyOf(escalation);
        }
    }

    /**
     * A scenario run: the result when the document could be read (evaluated, or rejected by the
     * ledger's rules), and the problems located in the document (empty when evaluated).
     */
    public record ScenarioRun(Optional<ScenarioResult> result, List<FormatProblem> problems) {
        public ScenarioRun {
            Objects.requireNonNull(result, "result is required (empty when the document could not be read)");
            problems = List.copyOf(problems);
        }

        /** The evaluated scenario, when it was evaluated. */
        public Optional<EvaluatedScenario> evaluated() {
            return result.filter(EvaluatedScenario.class::isInstance).map(EvaluatedScenario.class::cast);
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
