package org.detente.app.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.detente.analysis.CategoryParity;
import org.detente.analysis.MonthlyEscalation;
import org.detente.analysis.ResponsePair;
import org.detente.analysis.SideScore;
import org.detente.analysis.StaffGap;
import org.detente.analysis.UnansweredMeasure;
import org.detente.app.report.Briefing.Block.Bullets;
import org.detente.app.report.Briefing.Block.Figure;
import org.detente.app.report.Briefing.Block.Paragraph;
import org.detente.app.report.Briefing.Block.Row;
import org.detente.app.report.Briefing.Block.SourceList;
import org.detente.app.report.Briefing.Block.Subheading;
import org.detente.app.report.Briefing.Block.Table;
import org.detente.app.report.Briefing.Block;
import org.detente.app.report.Briefing.Chart;
import org.detente.app.report.Briefing.Cited;
import org.detente.app.report.Briefing.Section;
import org.detente.app.report.Briefing.SectionKind;
import org.detente.app.report.BriefingCharts.StaffPoint;
import org.detente.app.service.DyadLedger;
import org.detente.app.usecase.BriefingQuery;
import org.detente.app.usecase.DyadBasis;
import org.detente.app.usecase.Gaps;
import org.detente.app.usecase.Question;
import org.detente.app.usecase.Reciprocity;
import org.detente.forecast.ForecastRules;
import org.detente.ledger.Entry;
import org.detente.ledger.EntryId;
import org.detente.ledger.MissionMeasure;
import org.detente.ledger.Retraction;
import org.detente.ledger.SanctionImposed;
import org.detente.ledger.StaffCapSet;
import org.detente.ledger.StaffLevelReported;
import org.detente.ledger.StaffMeasure;
import org.detente.ledger.Stance;
import org.detente.ledger.TalksHeld;
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
import org.detente.scenario.ChangeKind;
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
import org.detente.store.format.ConsularCodec.ConsularData;
import org.detente.store.format.ConsularCodec.DemandFigure;
import org.detente.store.format.ConsularCodec.WaitObservation;

/**
 * Builds a {@link Briefing} from the application services of one dyad: the state of relations as
 * of the date, what changed since the earlier date (the entries that occurred after it, up to and
 * including the date, and the differences between the two states), the roadmap by track, the
 * staffing and consular gaps, reciprocity and the escalation index, the calibrated forecast, three
 * charts, and every source cited, numbered. All wording and every figure are decided here, once.
 *
 * <p>Entries count as the ledger knows them now: retractions and the entries they retract never
 * appear. An entry dated only to a month or a year counts from the first day of its period.
 */
public final class BriefingAssembler {
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

    /** An assembler of the answers of {@code query}. */
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
        ForecastRules forecast = new ForecastRules(settings.forecastMonths(), settings.forecastRuns(), settings.seed(),
                settings.windowDays());
        return new Run(query.answer(question, settings.windowDays(), forecast), since).briefing();
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
        }

        Briefing briefing() {
            List<Section> sections = new ArrayList<>();
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
                    + "refer to the sources listed at the end.";
            return new Briefing(analyses.dyad().id(), title, asOf, since, preface, sections, charts, citations.all());
        }

        // ---- 1. state of relations ---------------------------------------------------------------

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
                    List.of(48, 10, 12, 11, 8)));

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

        // ---- 2. what changed ---------------------------------------------------------------------

        private List<Block> changes() {
            List<Block> blocks = new ArrayList<>();
            List<Entry> period = current.stream().filter(e -> e.occurredOn().date().isAfter(since)).toList();
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

        // ---- 3. tracks and goals -----------------------------------------------------------------

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

        // ---- 4. gaps -----------------------------------------------------------------------------

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

        // ---- 5. reciprocity and escalation -------------------------------------------------------

        private List<Block> reciprocity() {
            List<Block> blocks = new ArrayList<>();
            Reciprocity result = facts.reciprocity();
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
            double periodNet = 0;
            double periodFirst = 0;
            double periodSecond = 0;
            for (MonthlyEscalation m : months) {
                if (m.month().isAfter(YearMonth.from(since)) || m.month().equals(YearMonth.from(since)) && since.getDayOfMonth() == 1) {
                    periodNet += m.net();
                    periodFirst += m.side(first).month();
                    periodSecond += m.side(second).month();
                }
            }
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

        // ---- 6. forecast -------------------------------------------------------------------------

        private List<Block> forecast() {
            List<Block> blocks = new ArrayList<>();
            if (facts.forecast().isEmpty()) {
                blocks.add(new Paragraph(Cited.plain("No forecast: the calibrated model cannot run on this ledger as of "
                        + asOf + " (" + facts.noForecastBecause().orElse("") + ").")));
                return blocks;
            }
            ForecastResult result = facts.forecast().get().result();
            LocalDate from = facts.forecast().get().calibration().rules().from();
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

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
