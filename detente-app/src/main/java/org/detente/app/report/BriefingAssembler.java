package org.detente.app.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.detente.analysis.CategoryParity;
import org.detente.analysis.ExpectedWait;
import org.detente.analysis.GoldsteinWeights;
import org.detente.forecast.BlendedOutlook;
import org.detente.forecast.CaseComparison;
import org.detente.forecast.CaseHistory;
import org.detente.forecast.ForecastCase;
import org.detente.forecast.ForecastRules;
import org.detente.forecast.OwnPaceForecast;
import org.detente.forecast.RoadmapForecast;
import org.detente.ledger.CommitmentMade;
import org.detente.state.CommitmentState;
import org.detente.state.PlannedTalks;
import org.detente.analysis.MonthlyEscalation;
import org.detente.analysis.ResponsePair;
import org.detente.analysis.StaffGap;
import org.detente.analysis.UnansweredMeasure;
import org.detente.app.report.Briefing.Block;
import org.detente.app.report.Briefing.Block.Bullets;
import org.detente.app.report.Briefing.Block.Figure;
import org.detente.app.report.Briefing.Block.Paragraph;
import org.detente.app.report.Briefing.Block.Row;
import org.detente.app.report.Briefing.Block.SourceList;
import org.detente.app.report.Briefing.Block.Subheading;
import org.detente.app.report.Briefing.Block.Table;
import org.detente.app.report.Briefing.Chart;
import org.detente.app.report.Briefing.Cited;
import org.detente.app.report.Briefing.Section;
import org.detente.app.report.Briefing.SectionKind;
import org.detente.app.report.BriefingCharts.StaffPoint;
import org.detente.app.usecase.BriefingQuery;
import org.detente.app.usecase.DyadBasis;
import org.detente.app.usecase.Gaps;
import org.detente.app.usecase.Question;
import org.detente.app.usecase.Reciprocity;
import org.detente.app.service.DyadLedger;
import org.detente.ledger.Entry;
import org.detente.ledger.EntryId;
import org.detente.ledger.MissionMeasure;
import org.detente.ledger.SanctionImposed;
import org.detente.ledger.StaffCapSet;
import org.detente.ledger.StaffLevelReported;
import org.detente.ledger.StaffMeasure;
import org.detente.ledger.Stance;
import org.detente.ledger.VisaServiceChanged;
import org.detente.model.Codes;
import org.detente.model.Country;
import org.detente.model.DyadDefinition;
import org.detente.model.MissionStatus;
import org.detente.model.Source;
import org.detente.model.Track;
import org.detente.roadmap.Goal;
import org.detente.roadmap.GoalEvaluation;
import org.detente.roadmap.GoalId;
import org.detente.roadmap.GoalStatus;
import org.detente.roadmap.NextStep;
import org.detente.roadmap.RoadmapEvaluation;
import org.detente.scenario.StateChange;
import org.detente.scenario.StateDiff;
import org.detente.simulation.calibration.CalibrationRules;
import org.detente.simulation.calibration.ForecastResult;
import org.detente.simulation.calibration.ForecastSettings;
import org.detente.simulation.calibration.GoalOutlook;
import org.detente.simulation.calibration.MonthOutlook;
import org.detente.state.MissionState;
import org.detente.state.RelationsState;
import org.detente.state.RestrictionState;
import org.detente.state.SanctionState;
import org.detente.state.StaffState;
import org.detente.state.TalksRound;
import org.detente.state.VisaWaitState;
import org.detente.store.format.ConsularCodec.ConsularData;
import org.detente.store.format.ConsularCodec.DemandFigure;
import org.detente.store.format.ConsularCodec.WaitObservation;

/**
 * Builds a {@link Briefing} from the application services of one dyad. First the briefing proper:
 * the bottom line, the key judgments (each with how sure it is, {@link Certainty}, and the entries
 * it rests on), what changed since the earlier date in sentences, and what to watch; then the
 * forecast from the reference cases (pooled with the dyad's own pace) and the dyad beside those
 * cases ({@link CaseComparison}); then the annexes: the state of relations as of the date, the
 * entries and state differences of the period, the roadmap by track, the staffing and consular
 * gaps, reciprocity and the escalation index, the calibrated simulation, and every source cited,
 * numbered. Four charts. All wording and every figure are decided here, once, from the ledger and
 * the analyses: nothing is written for one dyad in particular.
 *
 * <p>Entries count as the ledger knows them now: retractions and the entries they retract never
 * appear. An entry dated only to a month or a year counts from the first day of its period.
 */
public final class BriefingAssembler {
    /** Entries named under a judgment (the annexes have all of them). */
    private static final int JUDGMENT_ENTRIES = 3;
    /** Entries and state changes put in sentences under "What changed"; the rest are in annex B. */
    private static final int RECENT_ENTRIES = 6;
    private static final int RECENT_CHANGES = 4;
    /** Items of each kind under "What to watch". */
    private static final int WATCH_ITEMS = 3;
    /** The share of worlds, within the horizon, from which a forecast goal is worth watching. */
    private static final double LIKELY = 0.05;

    private final BriefingQuery query;
    private final Settings settings;

    /**
     * How the forecast runs and what counts as an answer in reciprocity.
     *
     * @param forecastRuns   Monte Carlo runs (a briefing needs a stable picture, not a tail estimate)
     * @param forecastMonths months simulated from the month after the date
     * @param seed           the seed of every draw, so a briefing can be rendered again identically
     * @param windowDays     days within which a measure of the same kind counts as an answer
     */
    public record Settings(int forecastRuns, int forecastMonths, long seed, int windowDays) {
        /** 2,000 runs over 24 months, seed 1, a 90-day window. */
        public static final Settings DEFAULT = new Settings(2_000, 24, 1, CalibrationRules.DEFAULT_WINDOW_DAYS);

        /** The same, as the rules of the reference-class forecast. */
        ForecastRules rules() {
            return new ForecastRules(forecastMonths, forecastRuns, seed, windowDays);
        }

        /** Checks the ranges. */
        public Settings {
            if (forecastRuns < 1 || forecastRuns > ForecastSettings.MAX_RUNS) {
                throw new IllegalArgumentException("forecastRuns must be between 1 and " + ForecastSettings.MAX_RUNS);
            }
            if (forecastMonths < 1 || forecastMonths > ForecastSettings.MAX_MONTHS) {
                throw new IllegalArgumentException("forecastMonths must be between 1 and " + ForecastSettings.MAX_MONTHS);
            }
            if (windowDays < 1) {
                throw new IllegalArgumentException("windowDays must be at least 1, got " + windowDays);
            }
        }
    }

    /** An assembler of the answers of {@code query} with the default settings. */
    public BriefingAssembler(BriefingQuery query) {
        this(query, Settings.DEFAULT);
    }

    /**
     * An assembler of the answers of {@code query}: the forecast learns from the other dyads of its
     * workspace, and the comparison sets the dyad beside them.
     */
    public BriefingAssembler(BriefingQuery query, Settings settings) {
        this.query = Objects.requireNonNull(query, "query is required");
        this.settings = Objects.requireNonNull(settings, "settings is required");
    }

    /**
     * The briefing of {@code question} (its dyad, as of its date, as known at its moment), reviewing
     * what changed after {@code since}.
     *
     * @throws IllegalArgumentException when {@code since} is after the question's date
     */
    public Briefing assemble(Question question, LocalDate since) {
        Objects.requireNonNull(question, "question is required");
        Objects.requireNonNull(since, "since is required");
        if (since.isAfter(question.asOf())) {
            throw new IllegalArgumentException("since " + since + " is after asOf " + question.asOf());
        }
        return new Run(query.answer(question, settings.windowDays(), settings.rules()), since).briefing();
    }

    /** One assembly: the inputs looked up once, the citations numbered as the sections are written. */
    private final class Run {
        private final BriefingQuery.BriefingFacts facts;
        /** The dyad's documents and its ledger as known at the question's moment. */
        private final DyadBasis analyses;
        private final LocalDate asOf;
        private final LocalDate since;
        private final DyadLedger ledger;
        private final DyadDefinition definition;
        private final EntryWords words;
        private final Citations citations = new Citations();
        private final List<Chart> charts = new ArrayList<>();
        /** The ledger as the analyses know it: a briefing "as known at" reads nothing recorded later. */
        private final org.detente.state.LedgerView view;
        private final List<Entry> current;
        private final RelationsState state;
        private final RelationsState before;
        private final RoadmapEvaluation roadmap;
        private final Map<GoalId, Goal> goals = new HashMap<>();
        private final Country first;
        private final Country second;
        private final List<Entry> period;
        private final Reciprocity reciprocity;
        /** The dyad's own pace (the calibrated simulation), or why it cannot run. */
        private final Optional<OwnPaceForecast> own;
        private final String ownFailure;
        /** The pooled forecast of the open goals (the reference class and the own pace). */
        private final RoadmapForecast outlook;
        /** Every case as known at the briefing's moment of knowledge, for the comparison and the cases' names. */
        private final List<ForecastCase> cases;

        Run(BriefingQuery.BriefingFacts facts, LocalDate since) {
            this.facts = facts;
            this.analyses = facts.basis();
            this.asOf = facts.question().asOf();
            this.since = since;
            this.ledger = analyses.ledger();
            this.definition = ledger.definition();
            this.words = new EntryWords(definition);
            this.view = analyses.view();
            this.current = view.liveEntriesBy(asOf);
            this.state = view.state(asOf);
            this.before = view.state(since);
            this.roadmap = facts.roadmap().evaluation();
            analyses.roadmap().goals().forEach(g -> goals.put(g.id(), g));
            this.first = analyses.dyad().first();
            this.second = analyses.dyad().second();
            this.period = current.stream().filter(e -> e.occurredOn().date().isAfter(since)).toList();
            this.reciprocity = facts.reciprocity();
            this.own = facts.forecast();
            this.ownFailure = facts.noForecastBecause().orElse("");
            this.outlook = facts.outlook();
            this.cases = facts.cases();
        }

        Briefing briefing() {
            List<Section> sections = new ArrayList<>();
            // In the order shown, so that sources are numbered in the order a reader meets them.
            sections.add(new Section(SectionKind.BOTTOM_LINE, bottomLine()));
            sections.add(new Section(SectionKind.JUDGMENTS, judgments()));
            sections.add(new Section(SectionKind.RECENT, recent()));
            sections.add(new Section(SectionKind.WATCH, watch()));
            sections.add(new Section(SectionKind.OUTLOOK, outlook()));
            sections.add(new Section(SectionKind.COMPARISON, comparison()));
            sections.add(new Section(SectionKind.HEADLINE, headline()));
            sections.add(new Section(SectionKind.CHANGES, changes()));
            sections.add(new Section(SectionKind.TRACKS, tracks()));
            sections.add(new Section(SectionKind.GAPS, gaps()));
            sections.add(new Section(SectionKind.RECIPROCITY, reciprocity()));
            sections.add(new Section(SectionKind.FORECAST, forecast()));
            sections.add(new Section(SectionKind.SOURCES, List.of(new Paragraph(Cited.plain(
                    "Every source of every entry, goal and figure this briefing mentions, once each, in the order "
                            + "first cited; the numbers in brackets in the text refer to this list.")), new SourceList())));
            String title = "Briefing: " + words.country(first) + " – " + words.country(second) + ", as of " + asOf;
            String preface = "Period reviewed: " + since + " to " + asOf + " (" + ChronoUnit.DAYS.between(since, asOf)
                    + " days). Derived from the détente ledger of " + analyses.dyad().id() + " (" + current.size()
                    + " entries that occurred by " + asOf + ", as the ledger " + view.knownAt().map(k -> "knew them at " + k)
                    .orElse("knows them now") + "). Numbers in brackets "
                    + "refer to the sources listed at the end. Sections 1 to 4 are the briefing; the annexes hold "
                    + "the tables behind it.";
            return new Briefing(analyses.dyad().id(), title, asOf, since, preface, sections, charts, citations.all());
        }

        // ---- the briefing: bottom line ------------------------------------------------------------

        private List<Block> bottomLine() {
            long working = state.missions().stream().filter(m -> m.status() == MissionStatus.OPERATIONAL).count();
            int met = roadmap.withStatus(GoalStatus.MET).size();
            String stateSentence = "As of " + asOf + ", " + working + " of " + state.missions().size()
                    + " missions are operational, " + staffClause(first) + " and " + staffClause(second) + ", and "
                    + met + " of " + roadmap.goals().size() + " roadmap goals are met.";
            double[] net = periodEscalation();
            long punitive = period.stream().filter(e -> e.type().stance() == Stance.PUNITIVE).count();
            long conciliatory = period.stream().filter(e -> e.type().stance() == Stance.CONCILIATORY).count();
            String periodSentence = "In the " + ChronoUnit.DAYS.between(since, asOf) + " days since " + since
                    + " the ledger records " + entries(period.size()) + " (" + punitive + " punitive, " + conciliatory
                    + " conciliatory)" + (period.isEmpty() ? "." : ", and the escalation index moved " + signed(net[0])
                    + " net, " + direction(net[0]) + ".");
            return List.of(new Paragraph(Cited.plain(stateSentence + " " + periodSentence + " " + outlookSentence())));
        }

        private String staffClause(Country sending) {
            StaffState staff = state.staffOf(sending);
            return words.country(sending) + (staff.total().isPresent() ? " has " + staff.total().getAsInt() + " staff in "
                    : " has no known staff figure in ") + words.country(staff.host());
        }

        private String outlookSentence() {
            List<BlendedOutlook> open = outlook.goals();
            if (open.isEmpty()) {
                return "Every goal of the roadmap is met.";
            }
            List<BlendedOutlook> likeliest = likeliest(open);
            if (likeliest.isEmpty()) {
                return "No forecast: " + open.get(0).note().orElse("no source informs the open goals") + ".";
            }
            BlendedOutlook next = likeliest.get(0);
            String title = goals.get(next.goal()).title();
            if (next.p50().isPresent()) {
                return "The forecast puts the likeliest next goal, " + title + ", in " + next.p50().get() + " ("
                        + interval(next) + ").";
            }
            if (!likely(next)) {
                return "The forecast expects none of the " + open.size() + " open goals to be met within "
                        + outlook.months() + " months (none in " + percent(LIKELY) + " or more of its worlds).";
            }
            return "The forecast expects no open goal within " + outlook.months() + " months in half of its worlds; "
                    + "the likeliest, " + title + ", is met within them in " + percent(1 - next.notMetShare().orElse(1.0))
                    + " of worlds.";
        }

        /** Whether the goal is met within the horizon in at least {@link #LIKELY} of the worlds. */
        private boolean likely(BlendedOutlook g) {
            return 1 - g.notMetShare().orElse(1.0) >= LIKELY;
        }

        /** The goals with a forecast, likeliest first: earliest median, then the highest share met within the horizon. */
        private List<BlendedOutlook> likeliest(List<BlendedOutlook> open) {
            return open.stream().filter(BlendedOutlook::forecast)
                    .sorted(java.util.Comparator.comparing((BlendedOutlook g) -> g.p50().orElse(YearMonth.of(9999, 12)))
                            .thenComparing(g -> g.notMetShare().orElse(1.0)))
                    .toList();
        }

        private String interval(BlendedOutlook g) {
            String low = g.p10().map(YearMonth::toString).orElse("later");
            return g.p90().isPresent() ? "between " + low + " and " + g.p90().get() + " in 80% of worlds"
                    : "from " + low + " at the earliest; not within " + outlook.months() + " months in "
                    + percent(g.notMetShare().orElse(1.0)) + " of worlds";
        }

        // ---- the briefing: key judgments ----------------------------------------------------------

        /** A judgment and the entries it rests on. */
        private record Judgment(String text, List<Entry> basis) {
        }

        private List<Block> judgments() {
            List<Judgment> judgments = new ArrayList<>();
            judgments.add(missionsJudgment());
            for (Country sending : List.of(first, second)) {
                judgments.add(staffJudgment(sending));
            }
            judgments.add(directionJudgment());
            judgments.add(talksJudgment());
            judgments.add(measuresJudgment());
            List<Cited> items = new ArrayList<>();
            for (Judgment j : judgments) {
                List<Entry> shown = j.basis().stream().limit(JUDGMENT_ENTRIES).toList();
                String rests = j.basis().isEmpty() ? "" : " Rests on " + shown.stream().map(e -> e.id().value())
                        .collect(Collectors.joining(", ")) + (j.basis().size() > shown.size()
                        ? " and " + (j.basis().size() - shown.size()) + " more" : "") + ".";
                List<Source> sources = new ArrayList<>();
                shown.forEach(e -> sources.addAll(e.sources()));
                items.add(new Cited(j.text() + ". " + Certainty.of(j.basis()).words() + "." + rests, cite(sources)));
            }
            return List.of(new Paragraph(Cited.plain("Each judgment says how sure it is, from the confidence and the "
                    + "corroboration of the entries it rests on (high: all of high confidence and confirmed by two or "
                    + "more publishers; low: any contested or of low confidence), and names those entries.")),
                    new Bullets(items));
        }

        private Judgment missionsJudgment() {
            List<String> down = new ArrayList<>();
            List<Entry> basis = new ArrayList<>();
            for (MissionState m : state.missions()) {
                latest(e -> e.measure() instanceof MissionMeasure mm && mm.mission().equals(m.mission().id()))
                        .ifPresent(basis::add);
                if (m.status() != MissionStatus.OPERATIONAL) {
                    down.add(m.mission().name() + " " + Codes.of(m.status()).replace('-', ' '));
                }
            }
            long working = state.missions().size() - down.size();
            String text = working + " of " + state.missions().size() + " missions are operational"
                    + (down.isEmpty() ? "" : down.size() <= 3 ? " (" + String.join("; ", down) + ")"
                    : " (" + String.join("; ", down.subList(0, 3)) + "; " + (down.size() - 3) + " more)");
            return new Judgment(text, newestFirst(basis));
        }

        private Judgment staffJudgment(Country sending) {
            StaffState staff = state.staffOf(sending);
            List<Entry> basis = new ArrayList<>();
            latestReport(sending, asOf).ifPresent(basis::add);
            latest(e -> e.measure() instanceof StaffCapSet && e.target().equals(sending)).ifPresent(basis::add);
            staff.reportedOn().ifPresent(reported -> current.stream()
                    .filter(e -> e.measure() instanceof StaffMeasure && e.occurredOn().compareTo(reported) > 0)
                    .filter(e -> e.actor().equals(sending) || e.target().equals(sending))
                    .forEach(basis::add));
            String host = words.country(staff.host());
            String text;
            if (staff.total().isEmpty()) {
                text = "No source gives the number of " + words.country(sending) + "'s staff in " + host;
            } else {
                text = words.country(sending) + " has " + staff.total().getAsInt() + " staff in " + host
                        + staff.reportedOn().map(d -> " (latest report " + d + (staff.changesSinceReport() == 0 ? ""
                        : String.format(Locale.ROOT, ", %+d since", staff.changesSinceReport())) + ")").orElse("");
            }
            if (staff.cap().isPresent()) {
                text += ", " + (staff.capViolated() ? "above" : "within") + " the cap of " + staff.cap().getAsInt();
            }
            return new Judgment(text, newestFirst(basis));
        }

        private Judgment directionJudgment() {
            double[] net = periodEscalation();
            List<Entry> weighed = period.stream().filter(e -> GoldsteinWeights.of(e.type()).weight() != 0)
                    .sorted(java.util.Comparator.comparingDouble((Entry e) -> -Math.abs(GoldsteinWeights.of(e.type()).weight()))
                            .thenComparing(e -> e.occurredOn().date()))
                    .toList();
            String text = weighed.isEmpty() ? "Nothing either side did between " + since + " and " + asOf
                    + " moved the escalation index"
                    : "Between " + since + " and " + asOf + " relations moved " + direction(net[0]) + ": "
                    + signed(net[0]) + " net on the escalation index (" + words.country(first) + " " + signed(net[1])
                    + ", " + words.country(second) + " " + signed(net[2]) + ")";
            return new Judgment(text, weighed);
        }

        private Judgment talksJudgment() {
            List<Entry> basis = new ArrayList<>();
            String text;
            if (state.talks().isEmpty()) {
                text = "No round of talks has been held";
            } else {
                TalksRound last = state.talks().get(state.talks().size() - 1);
                current.stream().filter(e -> e.id().equals(last.entry())).findFirst().ifPresent(basis::add);
                text = state.talks().size() + " round(s) of talks held, the latest on " + last.date() + " in " + last.venue();
            }
            text += "; " + roadmap.withStatus(GoalStatus.MET).size() + " of " + roadmap.goals().size()
                    + " goals met and " + roadmap.withStatus(GoalStatus.READY).size() + " ready to be worked on";
            return new Judgment(text, basis);
        }

        private Judgment measuresJudgment() {
            List<Entry> basis = new ArrayList<>();
            state.restrictionsInForce().forEach(r -> current.stream().filter(e -> e.id().equals(r.imposedIn()))
                    .findFirst().ifPresent(basis::add));
            long sanctions = 0;
            for (SanctionState sanction : state.sanctions()) {
                if (sanction.status() != org.detente.model.SanctionStatus.LIFTED) {
                    sanctions++;
                    latest(e -> e.measure() instanceof SanctionImposed si && si.sanction().equals(sanction.id()))
                            .ifPresent(basis::add);
                }
            }
            long suspended = state.channels().stream().filter(c -> !c.active()).count();
            String text = state.restrictionsInForce().size() + " restriction(s) on diplomats and missions and " + sanctions
                    + " sanction(s) are in force; " + suspended + " of " + state.channels().size()
                    + " channels are suspended";
            return new Judgment(text, newestFirst(basis));
        }

        private List<Entry> newestFirst(List<Entry> entries) {
            List<Entry> sorted = new ArrayList<>(new java.util.LinkedHashSet<>(entries));
            sorted.sort(java.util.Comparator.comparing((Entry e) -> e.occurredOn().date()).reversed());
            return sorted;
        }

        // ---- the briefing: what changed ----------------------------------------------------------

        private List<Block> recent() {
            List<Block> blocks = new ArrayList<>();
            if (period.isEmpty()) {
                blocks.add(new Paragraph(Cited.plain("The ledger records nothing that occurred between " + since
                        + " (exclusive) and " + asOf + ".")));
            }
            // The entries that weigh most on the escalation index first, then shown in date order.
            List<Entry> chosen = period.stream()
                    .sorted(java.util.Comparator.comparingDouble((Entry e) -> -Math.abs(GoldsteinWeights.of(e.type()).weight()))
                            .thenComparing(e -> e.occurredOn().date()))
                    .limit(RECENT_ENTRIES)
                    .sorted(java.util.Comparator.comparing((Entry e) -> e.occurredOn().date()))
                    .toList();
            List<Cited> items = new ArrayList<>();
            for (Entry e : chosen) {
                items.add(new Cited(sentence("On " + e.occurredOn() + ", " + words.describe(e)), cite(e.sources())));
            }
            List<StateChange> diff = StateDiff.between(before, state);
            diff.stream().limit(RECENT_CHANGES).forEach(c -> items.add(Cited.plain(subject(c) + " went from " + c.before()
                    + " to " + c.after() + ".")));
            if (!items.isEmpty()) {
                blocks.add(new Bullets(items));
            }
            int moreEntries = period.size() - chosen.size();
            int moreChanges = Math.max(0, diff.size() - RECENT_CHANGES);
            if (moreEntries > 0 || moreChanges > 0) {
                blocks.add(new Paragraph(Cited.plain("Annex B lists " + (moreEntries > 0 ? moreEntries + " more entr" + (moreEntries == 1 ? "y" : "ies")
                        : "") + (moreEntries > 0 && moreChanges > 0 ? " and " : "") + (moreChanges > 0 ? moreChanges
                        + " more change(s) of the state" : "") + ".")));
            }
            return blocks;
        }

        // ---- the briefing: what to watch ---------------------------------------------------------

        private List<Block> watch() {
            List<Cited> items = new ArrayList<>();
            List<CommitmentState> due = state.commitments().stream()
                    .filter(c -> c.status() == org.detente.model.CommitmentStatus.OPEN && c.due().isPresent())
                    .sorted(java.util.Comparator.comparing((CommitmentState c) -> c.due().get()))
                    .limit(WATCH_ITEMS).toList();
            for (CommitmentState c : due) {
                Optional<Entry> made = latest(e -> e.measure() instanceof CommitmentMade m && m.commitment().equals(c.id()));
                items.add(new Cited("Commitment " + (c.overdueOn(asOf) ? "overdue since " : "due on ") + c.due().get()
                        + ": " + sentence(made.map(words::describe).orElse(words.country(c.party()) + " committed to "
                        + c.content())), cite(made.map(Entry::sources).orElse(List.of()))));
            }
            for (PlannedTalks planned : state.upcomingTalks().stream().limit(WATCH_ITEMS).toList()) {
                Optional<Entry> announced = current.stream().filter(e -> e.id().equals(planned.entry())).findFirst();
                items.add(new Cited("Announced: " + sentence(announced.map(words::describe)
                        .orElse(words.country(planned.announcedBy()) + " announced talks in " + planned.venue())),
                        cite(announced.map(Entry::sources).orElse(List.of()))));
            }
            for (NextStep step : roadmap.nextSteps().stream().limit(2).toList()) {
                items.add(Cited.plain("Ready to be worked on: " + goals.get(step.goal()).title() + " (its preconditions "
                        + "are met" + (step.unlocks() > 0 ? "; it opens the way to " + step.unlocks() + " more goal(s)" : "")
                        + ")."));
            }
            List<BlendedOutlook> forecast = likeliest(outlook.goals());
            List<BlendedOutlook> likely = forecast.stream().filter(this::likely).limit(WATCH_ITEMS).toList();
            for (BlendedOutlook g : likely) {
                items.add(Cited.plain("Forecast: " + goals.get(g.goal()).title() + " — P10 " + month(g.p10()) + ", P50 "
                        + month(g.p50()) + ", P90 " + month(g.p90()) + "; not met within " + outlook.months()
                        + " months in " + percent(g.notMetShare().orElse(1.0)) + " of worlds."));
            }
            if (likely.isEmpty() && !forecast.isEmpty()) {
                items.add(Cited.plain("Forecast: none of the " + forecast.size() + " open goals with a forecast is met "
                        + "within " + outlook.months() + " months in " + percent(LIKELY) + " or more of worlds (section 5)."));
            }
            List<Block> blocks = new ArrayList<>();
            if (items.isEmpty()) {
                blocks.add(new Paragraph(Cited.plain("Nothing falls due and no meeting is announced as of " + asOf
                        + ", and no open goal has a forecast.")));
            } else {
                blocks.add(new Bullets(items));
            }
            return blocks;
        }

        private String month(Optional<YearMonth> month) {
            return month.map(YearMonth::toString).orElse("after " + horizonEnd());
        }

        private YearMonth horizonEnd() {
            return outlook.start().plusMonths(outlook.months() - 1L);
        }

        // ---- forecast from the reference cases ---------------------------------------------------

        private List<Block> outlook() {
            List<Block> blocks = new ArrayList<>();
            blocks.add(new Paragraph(Cited.plain("For each open goal, how long goals of the same kind took from the "
                    + "trigger in the other cases (a survival curve, goals still open there counted as censored, "
                    + "conditioned on the time this dyad has already waited), pooled with the dyad's own pace from the "
                    + "calibrated simulation; the weight of the reference cases grows with the goals of the kind they "
                    + "met. P10, P50 and P90 are the months by whose end 10%, 50% and 90% of the pooled worlds met the "
                    + "goal, over " + outlook.months() + " months from " + outlook.start() + ". "
                    + outlook.trigger().map(t -> "The clock of this dyad started on " + t + ".")
                    .orElse("This dyad has no trigger as of " + asOf + ", so only its own pace informs the forecast.")
                    + " The back-test of the method over the cases ('detente backtest') says how often such intervals "
                    + "held; read the months as indicative, not as dates.")));
            List<Row> rows = new ArrayList<>();
            List<Cited> unforecast = new ArrayList<>();
            for (BlendedOutlook g : outlook.goals()) {
                String title = goals.get(g.goal()).title();
                if (!g.forecast()) {
                    unforecast.add(Cited.plain(title + ": " + g.note().orElse("no source informs it") + "."));
                    continue;
                }
                String cases = g.informedBy().isEmpty() ? "none" : g.informedBy().stream().map(this::caseName)
                        .collect(Collectors.joining(", ")) + " (" + g.referenceEvents() + " met)";
                rows.add(new Row(List.of(title, g.kind().map(k -> Codes.of(k).replace('-', ' ')).orElse("none"),
                        later(g.p10()), later(g.p50()), later(g.p90()), percent(g.notMetShare().orElse(1.0)), cases,
                        percent(g.referenceWeight())), List.of()));
            }
            if (!rows.isEmpty()) {
                blocks.add(new Table("Open goals: months by which 10%, 50% and 90% of worlds met them ('later' = not "
                        + "within the horizon, which ends " + horizonEnd() + ")",
                        List.of("Goal", "Kind", "P10", "P50", "P90", "Not met within horizon", "Informed by",
                                "Weight of the cases"), rows, List.of(24, 13, 9, 9, 9, 10, 16, 10)));
            }
            if (!unforecast.isEmpty()) {
                blocks.add(new Subheading("Open goals without a forecast"));
                blocks.add(new Bullets(unforecast));
            }
            if (outlook.goals().isEmpty()) {
                blocks.add(new Paragraph(Cited.plain("Every goal of the roadmap is met: there is nothing to forecast.")));
            }
            return blocks;
        }

        private static String later(Optional<YearMonth> month) {
            return month.map(YearMonth::toString).orElse("later");
        }

        private String caseName(org.detente.model.Dyad dyad) {
            return cases.stream().filter(c -> c.dyad().equals(dyad)).findFirst()
                    .map(c -> c.definition().countries().stream().map(org.detente.model.CountryName::name)
                            .collect(Collectors.joining(" – ")))
                    .orElse(dyad.id());
        }

        // ---- beside the reference cases ----------------------------------------------------------

        private List<Block> comparison() {
            List<Block> blocks = new ArrayList<>();
            CaseComparison comparison = new CaseComparison(cases, analyses.dyad().id(), asOf);
            blocks.add(new Paragraph(Cited.plain("Every case on one axis: months since its trigger (the agreement or "
                    + "first round of talks that starts the clock), this dyad as of " + asOf + ", the others as of their "
                    + "last entry but never after " + asOf + ". A goal of a kind still open when observation ends has "
                    + "waited as long as the case has been observed since its trigger.")));
            List<Row> rows = new ArrayList<>();
            Map<String, List<BriefingCharts.CasePoint>> points = new LinkedHashMap<>();
            for (CaseComparison.CaseRow row : comparison.rows()) {
                String name = row.source().definition().countries().stream().map(org.detente.model.CountryName::name)
                        .collect(Collectors.joining(" – ")) + (row.current() ? " (this dyad)" : "");
                Map<GoalId, String> titles = new HashMap<>();
                row.source().roadmap().goals().forEach(g -> titles.put(g.id(), g.title()));
                List<String> metGoals = new ArrayList<>();
                int stillOpen = 0;
                List<BriefingCharts.CasePoint> casePoints = new ArrayList<>();
                for (CaseComparison.KindCell cell : row.cells()) {
                    cell.durations().forEach((goal, observation) -> {
                        double months = months(observation.time());
                        casePoints.add(new BriefingCharts.CasePoint(months, observation.event()
                                ? BriefingCharts.CasePoint.Kind.MET : BriefingCharts.CasePoint.Kind.OPEN));
                        if (observation.event()) {
                            metGoals.add(titles.get(goal) + " " + oneDecimal(months));
                        }
                    });
                }
                for (CaseComparison.KindCell cell : row.cells()) {
                    stillOpen += (int) cell.durations().values().stream().filter(o -> !o.event()).count();
                }
                CaseHistory history = row.history();
                history.daysSinceTrigger().ifPresent(days -> casePoints.add(new BriefingCharts.CasePoint(months(days),
                        BriefingCharts.CasePoint.Kind.STANDING)));
                points.put(name, casePoints);
                String trigger = row.source().roadmap().trigger().isEmpty() ? "none named"
                        : history.trigger().map(LocalDate::toString).orElse("not by " + history.observedUntil());
                rows.add(new Row(List.of(name, trigger, history.observedUntil().toString(),
                        history.daysSinceTrigger().map(d -> oneDecimal(months(d))).orElse("—"),
                        row.goalsMet() + " of " + history.goals().size(),
                        metGoals.isEmpty() ? "none" : String.join("; ", metGoals), String.valueOf(stillOpen)), List.of()));
            }
            charts.add(BriefingCharts.comparison("comparison", "Months since each case's trigger, up to " + asOf,
                    "Each goal of a kind: met (filled dot) or still open when observation ended (ring), and where each "
                            + "case stands (bar).", points));
            blocks.add(new Figure("comparison"));
            blocks.add(new Table("The cases on one axis (months since the trigger)", List.of("Case", "Trigger",
                    "Observed until", "Months since trigger", "Goals met", "Goals of a kind met, and months from the trigger",
                    "Goals of a kind still open"), rows, List.of(17, 11, 11, 9, 8, 34, 10)));
            return blocks;
        }

        private double[] periodEscalation() {
            double periodNet = 0;
            double periodFirst = 0;
            double periodSecond = 0;
            for (MonthlyEscalation m : reciprocity.escalation()) {
                if (m.month().isAfter(YearMonth.from(since)) || m.month().equals(YearMonth.from(since)) && since.getDayOfMonth() == 1) {
                    periodNet += m.net();
                    periodFirst += m.side(first).month();
                    periodSecond += m.side(second).month();
                }
            }
            return new double[] {periodNet, periodFirst, periodSecond};
        }

        // ---- annex A. state of relations ---------------------------------------------------------------

        private List<Block> headline() {
            List<Block> blocks = new ArrayList<>();
            long working = state.missions().stream().filter(m -> m.status() == MissionStatus.OPERATIONAL).count();
            List<String> staffTexts = new ArrayList<>();
            for (Country sending : List.of(first, second)) {
                StaffState staff = state.staffOf(sending);
                staffTexts.add(words.country(sending) + " has " + total(staff.total()) + " staff in "
                        + words.country(staff.host())
                        + (staff.cap().isPresent() ? " (cap " + staff.cap().getAsInt()
                        + (staff.capViolated() ? ", exceeded)" : ")") : ""));
            }
            int met = roadmap.withStatus(GoalStatus.MET).size();
            blocks.add(new Paragraph(Cited.plain("As of " + asOf + ": " + working + " of " + state.missions().size()
                    + " missions operational; " + String.join("; ", staffTexts) + "; "
                    + state.restrictionsInForce().size() + " restriction(s) in force; "
                    + state.channels().stream().filter(c -> c.active()).count() + " of " + state.channels().size()
                    + " channels active; " + state.talks().size() + " round(s) of talks held; roadmap: " + met + " of "
                    + roadmap.goals().size() + " goals met.")));

            List<Row> missions = new ArrayList<>();
            for (MissionState m : state.missions()) {
                Optional<Entry> latest = latest(e -> e.measure() instanceof MissionMeasure mm && mm.mission().equals(m.mission().id())
                        || e.measure() instanceof VisaServiceChanged v && v.mission().equals(m.mission().id()));
                missions.add(new Row(List.of(m.mission().name(), m.mission().sending() + " in " + m.mission().host(),
                        Codes.of(m.status()), m.sinceText(),
                        m.effectiveVisaIssuance().map(Codes::of).orElse("—")),
                        cite(latest.map(Entry::sources).orElse(m.mission().sources()))));
            }
            blocks.add(new Table("Missions", List.of("Mission", "Of … in", "Status", "Since", "Visas"), missions,
                    List.of(42, 9, 11, 11, 14)));

            List<Row> staffRows = new ArrayList<>();
            for (Country sending : List.of(first, second)) {
                StaffState staff = state.staffOf(sending);
                List<Source> sources = new ArrayList<>();
                latestReport(sending, asOf).ifPresent(e -> sources.addAll(e.sources()));
                latest(e -> e.measure() instanceof StaffCapSet && e.target().equals(sending)).ifPresent(e -> sources.addAll(e.sources()));
                staff.reportedOn().ifPresent(reported -> current.stream()
                        .filter(e -> e.measure() instanceof StaffMeasure && e.occurredOn().compareTo(reported) > 0)
                        .filter(e -> e.actor().equals(sending) || e.target().equals(sending))
                        .forEach(e -> sources.addAll(e.sources())));
                staffRows.add(new Row(List.of(words.country(sending) + " in " + words.country(staff.host()),
                        total(staff.total()), staff.reportedOn().map(Object::toString).orElse("—"),
                        staff.changesSinceReport() == 0 ? "—" : String.format(Locale.ROOT, "%+d", staff.changesSinceReport()),
                        staff.cap().isPresent() ? String.valueOf(staff.cap().getAsInt()) : "none",
                        staff.cap().isEmpty() ? "—" : staff.capViolated() ? "exceeded" : "within"), cite(sources)));
            }
            blocks.add(new Table("Staff (latest report plus changes since)",
                    List.of("Staff of", "Total", "Reported", "Changes since", "Cap", "Cap status"), staffRows));

            List<Cited> points = new ArrayList<>();
            for (RestrictionState r : state.restrictionsInForce()) {
                points.add(new Cited("Restriction in force since " + r.since() + " (" + words.country(r.imposedBy())
                        + " on " + words.country(r.appliesTo()) + "): " + r.description(), cite(sourcesOf(r.imposedIn()))));
            }
            for (SanctionState s : state.sanctions()) {
                if (s.status() != org.detente.model.SanctionStatus.LIFTED) {
                    Optional<Entry> imposed = latest(e -> e.measure() instanceof SanctionImposed si && si.sanction().equals(s.id()));
                    points.add(new Cited("Sanctions by " + words.country(s.imposedBy()) + " on " + s.target() + ": "
                            + Codes.of(s.status()).replace('_', ' ') + " since " + s.since(),
                            cite(imposed.map(Entry::sources).orElse(List.of()))));
                }
            }
            state.channels().stream().filter(c -> !c.active()).forEach(c -> points.add(Cited.plain(
                    "Channel suspended since " + c.sinceText() + ": " + c.channel().between())));
            state.airLinks().forEach(a -> points.add(Cited.plain("Flights " + a.airLink().route() + ": "
                    + Codes.of(a.status()) + " since " + a.sinceText())));
            if (!state.talks().isEmpty()) {
                TalksRound last = state.talks().get(state.talks().size() - 1);
                points.add(new Cited("Latest talks: " + last.date() + " in " + last.venue()
                        + (last.outcome().isBlank() ? "" : ": " + last.outcome()), cite(sourcesOf(last.entry()))));
            }
            state.conditions().forEach(c -> points.add(new Cited("Condition: " + c.condition().description() + " — "
                    + (c.holds() ? "holds" : "does not hold"), cite(c.condition().sources()))));
            blocks.add(new Subheading("Restrictions, sanctions, channels, flights, talks"));
            blocks.add(new Bullets(points));
            return blocks;
        }

        // ---- annex B. what changed ---------------------------------------------------------------------

        private List<Block> changes() {
            List<Block> blocks = new ArrayList<>();
            long punitive = period.stream().filter(e -> e.type().stance() == Stance.PUNITIVE).count();
            long conciliatory = period.stream().filter(e -> e.type().stance() == Stance.CONCILIATORY).count();
            blocks.add(new Paragraph(Cited.plain("From " + since + " (exclusive) to " + asOf + " the ledger records "
                    + period.size() + " entr" + (period.size() == 1 ? "y" : "ies") + ": " + punitive + " punitive, "
                    + conciliatory + " conciliatory, " + (period.size() - punitive - conciliatory)
                    + " observations, statements and other neutral entries.")));
            List<Row> rows = new ArrayList<>();
            for (Entry e : period) {
                rows.add(new Row(List.of(e.occurredOn().toString(), e.actor().code(), stance(e), words.describe(e)),
                        cite(e.sources())));
            }
            if (!rows.isEmpty()) {
                blocks.add(new Table("Entries that occurred in the period", List.of("Date", "By", "Kind", "What"), rows,
                        List.of(12, 5, 12, 60)));
            }
            blocks.add(new Subheading("Differences between the state on " + since + " and on " + asOf));
            List<StateChange> diff = StateDiff.between(before, state);
            if (diff.isEmpty()) {
                blocks.add(new Paragraph(Cited.plain("None: the state of relations is the same on both dates.")));
            } else {
                blocks.add(new Bullets(diff.stream().map(c -> Cited.plain(subject(c) + ": " + c.before() + " → "
                        + c.after())).toList()));
            }
            return blocks;
        }

        private String subject(StateChange change) {
            String id = change.subject();
            String name = switch (change.kind()) {
                case MISSION -> definition.missions().stream().filter(m -> m.id().value().equals(id)).findFirst()
                        .map(m -> m.name()).orElse(id);
                case STAFF -> "Staff of " + words.country(Country.of(id));
                case CHANNEL -> definition.channels().stream().filter(c -> c.id().value().equals(id)).findFirst()
                        .map(c -> "Channel " + c.between()).orElse(id);
                case AIR_LINK -> definition.airLinks().stream().filter(a -> a.id().value().equals(id)).findFirst()
                        .map(a -> "Flights " + a.route()).orElse(id);
                case TALKS -> "Talks";
                default -> capitalize(Codes.of(change.kind()).replace('-', ' ')) + " " + id;
            };
            return name;
        }

        // ---- annex C. tracks and goals -----------------------------------------------------------------

        private List<Block> tracks() {
            List<Block> blocks = new ArrayList<>();
            List<String> next = roadmap.nextSteps().stream().limit(3)
                    .map(s -> goals.get(s.goal()).title() + " (unlocks " + s.unlocks() + ")").toList();
            String path = roadmap.criticalPath().filter(p -> !p.goals().isEmpty())
                    .map(p -> p.goals().stream().map(id -> goals.get(id).title()).collect(Collectors.joining(" → ")))
                    .orElse("none (the overall goal is met or not named)");
            blocks.add(new Paragraph(Cited.plain(roadmap.withStatus(GoalStatus.MET).size() + " of "
                    + roadmap.goals().size() + " goals met, " + roadmap.withStatus(GoalStatus.READY).size() + " ready (their "
                    + "preconditions are met), " + roadmap.withStatus(GoalStatus.BLOCKED).size() + " blocked. "
                    + "Next steps: " + (next.isEmpty() ? "none" : String.join("; ", next)) + ". Longest chain to the "
                    + "overall goal: " + path + ".")));
            Map<String, int[]> counts = new LinkedHashMap<>();
            for (Track track : definition.tracks()) {
                List<GoalEvaluation> onTrack = roadmap.goals().stream().filter(g -> g.goal().track().equals(track.id())).toList();
                if (onTrack.isEmpty()) {
                    continue;
                }
                int[] c = new int[3];
                onTrack.forEach(g -> c[g.status().ordinal() == GoalStatus.MET.ordinal() ? 0
                        : g.status() == GoalStatus.READY ? 1 : 2]++);
                counts.put(track.title(), c);
            }
            charts.add(BriefingCharts.roadmapStatus("roadmap-status", "Roadmap status by track, as of " + asOf,
                    "Goals met (green), ready to be worked on (amber) and blocked by unmet preconditions (red), per track.",
                    counts));
            blocks.add(new Figure("roadmap-status"));
            for (Track track : definition.tracks()) {
                List<GoalEvaluation> onTrack = roadmap.goals().stream().filter(g -> g.goal().track().equals(track.id())).toList();
                if (onTrack.isEmpty()) {
                    continue;
                }
                blocks.add(new Subheading(track.title()));
                List<Row> rows = new ArrayList<>();
                for (GoalEvaluation g : onTrack) {
                    String blockers = g.status() == GoalStatus.MET || g.unmetPreconditions().isEmpty() ? "—"
                            : titles(g.unmetPreconditions());
                    if (g.status() == GoalStatus.BLOCKED && !g.rootBlockers().equals(g.unmetPreconditions())) {
                        blockers += "; first: " + titles(g.rootBlockers());
                    }
                    String progress = g.progress().filter(p -> p.known()).map(p -> p.text() + " — " + g.result().explanation())
                            .orElse(g.result().explanation());
                    rows.add(new Row(List.of(g.goal().title() + g.goal().targetRange().map(r -> " (" + r + ")").orElse(""),
                            Codes.of(g.status()), progress, blockers), cite(g.goal().sources())));
                }
                blocks.add(new Table("Goals of the track", List.of("Goal", "Status", "Progress and finding", "Blocked by"), rows,
                        List.of(27, 9, 33, 23)));
            }
            return blocks;
        }

        private String titles(List<GoalId> ids) {
            return ids.stream().map(id -> goals.get(id).title()).collect(Collectors.joining("; "));
        }

        // ---- annex D. gaps -----------------------------------------------------------------------------

        private List<Block> gaps() {
            List<Block> blocks = new ArrayList<>();
            Gaps gaps = facts.gaps();
            List<Row> rows = new ArrayList<>();
            for (StaffGap gap : gaps.staff()) {
                Country sending = gap.target().sending();
                List<Source> sources = new ArrayList<>();
                latestReport(sending, gap.target().baseline()).ifPresent(e -> sources.addAll(e.sources()));
                latestReport(sending, asOf).ifPresent(e -> sources.addAll(e.sources()));
                String who = words.country(sending) + " " + gap.target().category().map(c -> Codes.of(c).replace('-', ' '))
                        .orElse("total") + " staff";
                rows.add(new Row(List.of(who, number(gap.target().multiple()) + "×"
                                + gap.target().rangeText().map(r -> " (" + r + ")").orElse(""),
                        gap.target().baseline() + ": " + total(gap.baselineLevel()), total(gap.currentLevel()),
                        total(gap.targetLevel()), total(gap.shortfall()),
                        gap.capHeadroom().isPresent() ? String.valueOf(gap.capHeadroom().getAsInt()) : "no cap",
                        Codes.of(gap.status()).replace('-', ' ')), cite(sources)));
            }
            blocks.add(new Paragraph(Cited.plain("Each staffing goal of the roadmap is a multiple of the level on a "
                    + "baseline date; the shortfall is the people still missing. Unknown figures stay unknown.")));
            if (!rows.isEmpty()) {
                blocks.add(new Table("Staffing targets", List.of("Staff", "Target", "Baseline", "Now", "Target level",
                        "Shortfall", "Cap headroom", "Status"), rows));
            }
            Map<String, List<StaffPoint>> series = new LinkedHashMap<>();
            TreeSet<LocalDate> dates = new TreeSet<>();
            current.stream().filter(e -> e.measure() instanceof StaffMeasure || e.measure() instanceof StaffLevelReported
                    || e.measure() instanceof StaffCapSet).forEach(e -> dates.add(e.occurredOn().date()));
            dates.add(asOf);
            Map<LocalDate, RelationsState> states = new HashMap<>();
            dates.forEach(d -> states.put(d, view.state(d)));
            for (Country sending : List.of(first, second)) {
                List<StaffPoint> points = new ArrayList<>();
                dates.forEach(d -> points.add(new StaffPoint(d, states.get(d).staffOf(sending).total())));
                series.put(words.country(sending) + " in " + words.country(analyses.dyad().other(sending)), points);
            }
            for (Country sending : List.of(first, second)) {
                if (states.values().stream().anyMatch(s -> s.staffOf(sending).cap().isPresent())) {
                    List<StaffPoint> points = new ArrayList<>();
                    dates.forEach(d -> points.add(new StaffPoint(d, states.get(d).staffOf(sending).cap())));
                    series.put("cap on " + words.country(sending) + " staff", points);
                }
            }
            charts.add(BriefingCharts.staffing("staffing", "Staff over time, up to " + asOf,
                    "Total staff of each side in the other country (latest report plus expulsions, departures and "
                            + "accreditations since), and caps; a gap in a line is a period no source gives a figure for.",
                    series));
            blocks.add(new Figure("staffing"));

            blocks.add(new Subheading("Consular services"));
            List<Row> consular = new ArrayList<>();
            for (MissionState m : state.missions()) {
                if (m.mission().visaIssuance().isEmpty() && m.visaIssuance().isEmpty()) {
                    continue;
                }
                Optional<Entry> latest = latest(e -> e.measure() instanceof VisaServiceChanged v && v.mission().equals(m.mission().id())
                        || e.measure() instanceof MissionMeasure mm && mm.mission().equals(m.mission().id()));
                consular.add(new Row(List.of(m.mission().name(), Codes.of(m.status()),
                        m.effectiveVisaIssuance().map(Codes::of).orElse("none"),
                        m.monthlyCapacity().isPresent() ? String.valueOf(m.monthlyCapacity().getAsInt()) : "not given"),
                        cite(latest.map(Entry::sources).orElse(m.mission().sources()))));
            }
            blocks.add(new Table("Visa work by mission", List.of("Mission", "Status", "Visa issuance", "Visas a month"),
                    consular));
            List<Row> ledgerWaits = new ArrayList<>();
            for (VisaWaitState w : state.visaWaits()) {
                ledgerWaits.add(new Row(List.of(w.reportedOn().toString(), w.post(),
                        words.country(w.applicants()) + " nationals, " + Codes.of(w.visaClass())
                                + (w.visaCategory().isEmpty() ? "" : " (" + w.visaCategory() + ")"),
                        EntryWords.waitWords(w.waitDays(), w.bound()), w.reportedBy()), cite(sourcesOf(w.reportedIn()))));
            }
            if (!ledgerWaits.isEmpty()) {
                blocks.add(new Table("Latest reported wait for a visa appointment, per post and class",
                        List.of("Reported on", "Post", "Applicants and class", "Wait", "Reported by"), ledgerWaits));
            }
            Optional<ConsularData> data = analyses.consular();
            if (data.isPresent()) {
                List<Row> demand = new ArrayList<>();
                for (DemandFigure f : data.get().demand()) {
                    if (!f.period().date().isAfter(asOf)) {
                        demand.add(new Row(List.of(f.period().toString(), f.mission().map(words::mission).orElse("whole country"),
                                f.description(), Codes.of(f.confidence())), cite(f.sources())));
                    }
                }
                if (!demand.isEmpty()) {
                    blocks.add(new Table("Visa demand and issuance figures", List.of("Period", "Where", "Figure", "Confidence"),
                            demand));
                }
                List<Row> waits = new ArrayList<>();
                for (WaitObservation w : data.get().observations()) {
                    if (!w.on().date().isAfter(asOf)) {
                        waits.add(new Row(List.of(w.on().toString(), words.mission(w.mission()), w.visaClass(),
                                w.waitDays() + " days"), cite(w.sources())));
                    }
                }
                if (!waits.isEmpty()) {
                    blocks.add(new Table("Reported waits for a visa interview", List.of("On", "Mission", "Visa class", "Wait"),
                            waits));
                }
            }
            blocks.add(new Paragraph(Cited.plain("The consular capacity model needs the staffing of a consular section, "
                    + "which no public source gives; run 'detente gaps --officers N --local-staff N' for an outlook under "
                    + "stated staffing.")));
            return blocks;
        }

        // ---- annex E. reciprocity and escalation -------------------------------------------------------

        private List<Block> reciprocity() {
            List<Block> blocks = new ArrayList<>();
            Reciprocity result = reciprocity;
            List<ResponsePair> pairs = result.report().pairs();
            List<UnansweredMeasure> initiatives = result.report().unansweredInitiatives();
            double sameRatio = pairs.stream().filter(p -> p.sameCategory() && p.magnitudeRatio() == 1.0).count();
            blocks.add(new Paragraph(Cited.plain("By " + asOf + ", " + pairs.size() + " measures were answered by the "
                    + "other side (" + (long) sameRatio + " of them exactly in kind and size); "
                    + initiatives.size() + " initiatives were left without an answer within " + settings.windowDays()
                    + " days. Answers are the responses an entry names, then the earliest unanswered measure of the "
                    + "same category and stance within the window.")));
            List<Row> rows = new ArrayList<>();
            for (ResponsePair p : pairs) {
                if (p.response().occurredOn().date().isAfter(since)) {
                    List<Source> sources = new ArrayList<>(p.measure().sources());
                    sources.addAll(p.response().sources());
                    rows.add(new Row(List.of(p.measure().occurredOn() + " " + words.describe(p.measure()),
                            p.response().occurredOn() + " " + words.describe(p.response()),
                            number(p.magnitudeRatio()), p.lagDays() + (p.approximate() ? " (approx.)" : ""),
                            Codes.of(p.basis())), cite(sources)));
                }
            }
            blocks.add(new Subheading("Answers given in the period"));
            if (rows.isEmpty()) {
                blocks.add(new Paragraph(Cited.plain("No measure was answered between " + since + " and " + asOf + ".")));
            } else {
                blocks.add(new Table("Measures and their answers", List.of("Measure", "Answer", "Size ratio", "Lag (days)",
                        "Paired by"), rows));
            }
            List<Cited> open = new ArrayList<>();
            for (UnansweredMeasure u : initiatives) {
                if (u.measure().occurredOn().date().isAfter(since)) {
                    open.add(new Cited(u.measure().occurredOn() + ": " + words.describe(u.measure()), cite(u.measure().sources())));
                }
            }
            if (!open.isEmpty()) {
                blocks.add(new Subheading("Initiatives of the period not (yet) answered"));
                blocks.add(new Bullets(open));
            }
            List<Row> parity = new ArrayList<>();
            for (CategoryParity p : result.report().parity()) {
                parity.add(new Row(List.of(Codes.of(p.category()), Codes.of(p.stance()),
                        p.first().measures() + " (" + p.first().magnitude() + ")",
                        p.second().measures() + " (" + p.second().magnitude() + ")",
                        p.parity().isPresent() ? number(p.parity().getAsDouble()) : "—"), List.of()));
            }
            blocks.add(new Table("Balance by category since the ledger began (measures, and size in brackets)",
                    List.of("Category", "Stance", words.country(first), words.country(second), "Parity (1 = even)"), parity));

            blocks.add(new Subheading("Escalation index"));
            List<MonthlyEscalation> months = result.escalation();
            double[] periodScores = periodEscalation();
            double periodNet = periodScores[0];
            double periodFirst = periodScores[1];
            double periodSecond = periodScores[2];
            double cumulative = months.isEmpty() ? 0 : months.get(months.size() - 1).cumulativeNet();
            blocks.add(new Paragraph(Cited.plain("Goldstein-weighted sum of each side's acts (below 0, conflict "
                    + "dominates). Since the ledger began: " + signed(cumulative) + " net. In the months of the period: "
                    + signed(periodNet) + " net (" + words.country(first) + " " + signed(periodFirst) + ", "
                    + words.country(second) + " " + signed(periodSecond) + ").")));
            Map<String, Map<YearMonth, Double>> series = new LinkedHashMap<>();
            for (Country side : List.of(first, second)) {
                Map<YearMonth, Double> line = new LinkedHashMap<>();
                months.forEach(m -> line.put(m.month(), m.side(side).cumulative()));
                series.put(words.country(side), line);
            }
            Map<YearMonth, Double> net = new LinkedHashMap<>();
            months.forEach(m -> net.put(m.month(), m.cumulativeNet()));
            series.put("net", net);
            charts.add(BriefingCharts.escalation("escalation", "Escalation index, cumulative, up to " + asOf,
                    "Running total of the Goldstein weights of each side's acts and of both (net), by month; a falling "
                            + "line is a side escalating.", series));
            blocks.add(new Figure("escalation"));
            return blocks;
        }

        // ---- annex F. calibrated simulation -------------------------------------------------------------------------

        private List<Block> forecast() {
            List<Block> blocks = new ArrayList<>();
            if (own.isEmpty()) {
                blocks.add(new Paragraph(Cited.plain("No forecast: the calibrated model cannot run on this ledger as of "
                        + asOf + " (" + ownFailure + ").")));
                return blocks;
            }
            ForecastResult result = own.get().result();
            LocalDate from = own.get().calibration().rules().from();
            ForecastSettings s = result.settings();
            blocks.add(new Paragraph(Cited.plain("A stylised model, not a prediction: each side's reactions are "
                    + "estimated from the ledger (" + from + " to " + asOf + ") and the roadmap is played forward month by "
                    + "month, " + s.start() + " to " + s.end() + ", in " + String.format(Locale.ROOT, "%,d", s.runs())
                    + " runs (seed " + s.seed() + "), both sides keeping their observed reactions. Use it to compare "
                    + "courses of action, not to read off dates. A month in which both sides conciliate meets the next "
                    + "ready goal with probability " + number(result.goalProbability()) + ".")));
            List<Row> rows = new ArrayList<>();
            for (GoalOutlook g : result.goals()) {
                if (g.startStatus() == GoalStatus.MET) {
                    continue;
                }
                rows.add(new Row(List.of(goals.get(g.goal()).title(), Codes.of(g.startStatus()),
                        g.p10().map(YearMonth::toString).orElse("later"), g.p50().map(YearMonth::toString).orElse("later"),
                        g.p90().map(YearMonth::toString).orElse("later"), percent(g.metShare())), List.of()));
            }
            if (rows.isEmpty()) {
                blocks.add(new Paragraph(Cited.plain("Every goal is met already.")));
            } else {
                blocks.add(new Table("When open goals are met (month by which 10%, 50%, 90% of runs met it; "
                        + "'later' = not within the horizon)", List.of("Goal", "Now", "10%", "50%", "90%",
                        "Met within horizon"), rows));
            }
            double meanNet = result.months().stream().mapToDouble(MonthOutlook::mean).average().orElse(0);
            double mutual = result.months().stream().mapToDouble(MonthOutlook::mutualConciliationShare).average().orElse(0);
            blocks.add(new Paragraph(Cited.plain("Expected escalation index: " + signed(meanNet) + " net a month on "
                    + "average over the horizon; both sides conciliate in " + percent(mutual) + " of months.")));
            return blocks;
        }

        // ---- helpers -----------------------------------------------------------------------------

        private List<Integer> cite(Collection<Source> sources) {
            return citations.cite(sources);
        }

        private List<Source> sourcesOf(EntryId id) {
            return current.stream().filter(e -> e.id().equals(id)).findFirst().map(Entry::sources).orElse(List.of());
        }

        private Optional<Entry> latest(Predicate<Entry> which) {
            Entry found = null;
            for (Entry e : current) {
                if (which.test(e)) {
                    found = e;
                }
            }
            return Optional.ofNullable(found);
        }

        private Optional<Entry> latestReport(Country sending, LocalDate by) {
            return latest(e -> e.measure() instanceof StaffLevelReported && e.actor().equals(sending)
                    && !e.occurredOn().date().isAfter(by));
        }
    }

    private static String stance(Entry entry) {
        return switch (entry.type().stance()) {
            case PUNITIVE -> "punitive";
            case CONCILIATORY -> "conciliatory";
            default -> "neutral";
        };
    }

    private static String total(OptionalInt value) {
        return value.isPresent() ? String.valueOf(value.getAsInt()) : "unknown";
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e9 ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String signed(double value) {
        return String.format(Locale.ROOT, "%+.1f", value);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    /** The text with a full stop, unless it already ends with one (an outcome quoted from a source often does). */
    private static String sentence(String text) {
        return text.endsWith(".") || text.endsWith("!") || text.endsWith("?") ? text : text + ".";
    }

    private static String entries(int count) {
        return count + (count == 1 ? " entry" : " entries");
    }

    private static String direction(double net) {
        return net > 0 ? "towards cooperation" : net < 0 ? "towards conflict" : "neither way";
    }

    private static double months(double days) {
        return days / ExpectedWait.DAYS_PER_MONTH;
    }

    private static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
