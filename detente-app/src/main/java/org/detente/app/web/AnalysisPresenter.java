package org.detente.app.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.detente.analysis.CategoryParity;
import org.detente.analysis.ConsularCapacityModel;
import org.detente.analysis.ConsularOutlook;
import org.detente.analysis.ConsularParameter;
import org.detente.analysis.ConsularParameters;
import org.detente.analysis.ConsularStaffing;
import org.detente.analysis.ExpectedWait;
import org.detente.analysis.MonthlyEscalation;
import org.detente.analysis.ResponsePair;
import org.detente.analysis.SideScore;
import org.detente.app.report.EntryWords;
import org.detente.app.service.DyadLedger;
import org.detente.app.usecase.Reciprocity;
import org.detente.app.usecase.ScenarioRun;
import org.detente.model.Codes;
import org.detente.model.DyadDefinition;
import org.detente.model.Mission;
import org.detente.model.MissionStatus;
import org.detente.scenario.EvaluatedScenario;
import org.detente.scenario.GoalChange;
import org.detente.scenario.MetricChange;
import org.detente.scenario.StateChange;
import org.detente.state.MissionState;
import org.detente.state.RelationsState;
import org.detente.state.RestrictionState;
import org.detente.state.VisaWaitState;
import org.detente.store.format.ConsularCodec.ConsularData;
import org.detente.store.format.ConsularCodec.DemandFigure;
import org.detente.store.format.ConsularCodec;
import org.detente.store.format.FormatProblem;

/** Builds the reciprocity, consular capacity and scenario pages. */
final class AnalysisPresenter {
    /** The consular inputs that are not parameters of the dataset, with their defaults. */
    static final Map<String, String> INPUTS = new LinkedHashMap<>();

    static {
        INPUTS.put("officers", "10");
        INPUTS.put("localStaff", "0");
        INPUTS.put("backlog", "0");
        INPUTS.put("horizonMonths", "6");
    }

    /** The farthest the chart looks ahead: 50 years, one point a month. */
    static final int MAX_HORIZON_MONTHS = 600;

    private AnalysisPresenter() {
    }

    /** Measures and their responses shown to a page: the page's cost stays bounded as the ledger grows. */
    static final int PAIRS_PER_PAGE = 50;

    static AnalysisPages.ReciprocityPage reciprocity(Frame frame, PageQuestion analyses, LocalDate asOf, int window,
                                                     int page) {
        DyadDefinition definition = analyses.ledger().definition();
        Reciprocity reciprocity = analyses.reciprocityAsOf(asOf, window);
        List<AnalysisPages.ParityRow> parity = new ArrayList<>();
        for (CategoryParity p : reciprocity.report().parity()) {
            parity.add(new AnalysisPages.ParityRow(Labels.words(p.category()), Views.Badge.of(p.stance().name()),
                    p.first().measures() + " (" + p.first().magnitude() + ")",
                    p.second().measures() + " (" + p.second().magnitude() + ")", String.valueOf(p.balance()),
                    p.parity().isPresent() ? String.format(Locale.ROOT, "%.2f", p.parity().getAsDouble()) : "—"));
        }
        // Newest measure first, as the ledger's timeline; only the page asked for is put into words.
        List<ResponsePair> all = new ArrayList<>(reciprocity.report().pairs());
        all.sort(Comparator.comparing((ResponsePair p) -> p.measure().occurredOn().date())
                .thenComparingLong(p -> p.measure().sequence()).reversed());
        Paging paging = Paging.of(page, all.size(), PAIRS_PER_PAGE,
                frame.path() + "?" + frame.query() + "&windowDays=" + window + "&page=");
        List<AnalysisPages.PairRow> pairs = new ArrayList<>();
        for (ResponsePair pair : all.subList(paging.from(), paging.to())) {
            pairs.add(new AnalysisPages.PairRow(Views.EntryText.of(pair.measure(), definition),
                    Views.EntryText.of(pair.response(), definition), Labels.words(pair.basis()),
                    String.format(Locale.ROOT, "%.2f", pair.magnitudeRatio()),
                    pair.lagDays() + (pair.approximate() ? " days (approximate)" : " days")));
        }
        List<String> months = new ArrayList<>();
        List<Double> net = new ArrayList<>();
        List<Double> cumulative = new ArrayList<>();
        Map<String, List<Double>> bySide = new LinkedHashMap<>();
        for (MonthlyEscalation month : reciprocity.escalation()) {
            months.add(month.month().toString());
            net.add(month.net());
            cumulative.add(month.cumulativeNet());
            for (SideScore side : month.sides()) {
                bySide.computeIfAbsent(definition.nameOf(side.side()), k -> new ArrayList<>()).add(side.month());
            }
        }
        List<Map<String, Object>> series = new ArrayList<>();
        bySide.forEach((side, values) -> series.add(Map.of("name", side, "kind", "bar", "values", values)));
        series.add(Map.of("name", "cumulative net index", "kind", "line", "values", cumulative));
        String latest = cumulative.isEmpty() ? "no entries" : String.format(Locale.ROOT, "%.1f", cumulative.get(cumulative.size() - 1));
        return new AnalysisPages.ReciprocityPage(frame, window, definition.nameOf(definition.dyad().first()),
                definition.nameOf(definition.dyad().second()), parity, pairs, paging, reciprocity.report().unanswered().size(),
                Json.of(Map.of("months", months, "series", series)), latest,
                AnalysisPages.EventsPanel.none("No news events have been looked up."));
    }

    static AnalysisPages.CapacityPage capacity(Frame frame, PageQuestion analyses, LocalDate asOf, Map<String, String> query) {
        ConsularData data = analyses.consular().orElseThrow(() -> new WebException(404,
                "the dataset of " + analyses.dyad() + " has no consular parameters (consular.yaml)"));
        Map<String, String> values = new LinkedHashMap<>();
        for (ConsularParameter p : data.parameters().all()) {
            values.put(p.name(), query.getOrDefault(p.name(), number(p.value())));
        }
        values.put("demand", query.getOrDefault("demand", number(Math.round(defaultDemand(data, asOf)))));
        INPUTS.forEach((k, v) -> values.put(k, query.getOrDefault(k, v)));
        Map<String, String> errors = new LinkedHashMap<>();
        AnalysisPages.CapacityResult result = compute(data, values, errors);
        List<RecordPage.Field> parameters = new ArrayList<>();
        for (ConsularParameter p : data.parameters().all()) {
            parameters.add(new RecordPage.Field(p.name(), "c-" + p.name(), words(p.name()) + " (" + p.unit() + ")", "number",
                    values.get(p.name()), errors.getOrDefault(p.name(), ""), List.of(), true,
                    (p.assumption() ? "assumption" : "sourced") + ", confidence " + Labels.words(p.confidence())
                            + (p.note().isEmpty() ? "" : ": " + p.note())));
        }
        List<RecordPage.Field> inputs = new ArrayList<>();
        inputs.add(new RecordPage.Field("officers", "c-officers", "Consular officers", "number", values.get("officers"),
                errors.getOrDefault("officers", ""), List.of(), true, "No public source gives it: an input."));
        inputs.add(new RecordPage.Field("localStaff", "c-localStaff", "Local staff in the consular section", "number",
                values.get("localStaff"), errors.getOrDefault("localStaff", ""), List.of(), true, ""));
        inputs.add(new RecordPage.Field("demand", "c-demand", "Demand (applications a month)", "number",
                values.get("demand"), errors.getOrDefault("demand", ""), List.of(), true,
                "Default: the latest demand figure of the dataset by the date."));
        inputs.add(new RecordPage.Field("backlog", "c-backlog", "Applications already waiting", "number",
                values.get("backlog"), errors.getOrDefault("backlog", ""), List.of(), true, ""));
        inputs.add(new RecordPage.Field("horizonMonths", "c-horizonMonths", "Months ahead", "number",
                values.get("horizonMonths"), errors.getOrDefault("horizonMonths", ""), List.of(), true, ""));
        List<AnalysisPages.ObservedWait> observed = new ArrayList<>();
        for (ConsularCodec.WaitObservation o : data.observations()) {
            String mission = analyses.ledger().definition().missions().stream()
                    .filter(m -> m.id().equals(o.mission())).map(Mission::name).findFirst().orElse(o.mission().value());
            observed.add(new AnalysisPages.ObservedWait(o.on().toString(), mission, o.waitDays() + " days",
                    String.format(Locale.ROOT, "%.1f months", o.waitDays() / ExpectedWait.DAYS_PER_MONTH), o.visaClass(),
                    new Views.Badge("confidence " + Labels.words(o.confidence()), "neutral"), o.note(), Views.SourceLink.all(o.sources())));
        }
        return new AnalysisPages.CapacityPage(frame, parameters, inputs, result, observed,
                reportedWaits(analyses.ledger(), asOf, analyses.knownAt()));
    }

    /** The ledger's latest reported wait per post and class as of the date, as known at the page's moment. */
    static List<AnalysisPages.ReportedWait> reportedWaits(DyadLedger ledger, LocalDate asOf, Optional<Instant> knownAt) {
        DyadDefinition definition = ledger.definition();
        OverviewPresenter.Cited cited = new OverviewPresenter.Cited(ledger.entriesKnownAt(knownAt), asOf);
        List<AnalysisPages.ReportedWait> waits = new ArrayList<>();
        for (VisaWaitState w : ledger.projector().stateAsOf(asOf, knownAt).visaWaits()) {
            waits.add(new AnalysisPages.ReportedWait(w.reportedOn().toString(), definition.nameOf(w.issuer()),
                    definition.nameOf(w.applicants()), w.post(),
                    Codes.of(w.visaClass()) + (w.visaCategory().isEmpty() ? "" : " (" + w.visaCategory() + ")"),
                    EntryWords.waitWords(w.waitDays(), w.bound()), w.reportedBy(), w.reportedIn().value(),
                    Views.SourceLink.all(cited.sourcesOf(w.reportedIn()))));
        }
        return waits;
    }

    private static double defaultDemand(ConsularData data, LocalDate asOf) {
        DemandFigure latest = null;
        for (DemandFigure figure : data.demand()) {
            if (!figure.period().date().isAfter(asOf) && (latest == null || figure.period().date().isAfter(latest.period().date()))) {
                latest = figure;
            }
        }
        if (latest == null && !data.demand().isEmpty()) {
            latest = data.demand().get(0);
        }
        if (latest == null) {
            return 0;
        }
        if (latest.applicationsPerMonth().isPresent()) {
            return latest.applicationsPerMonth().getAsDouble();
        }
        double months = latest.period().precision() == org.detente.model.DatePrecision.YEAR ? 12 : 1;
        if (latest.applications().isPresent()) {
            return latest.applications().getAsDouble() / months;
        }
        double issued = latest.issuedPerMonth().isPresent() ? latest.issuedPerMonth().getAsDouble()
                : latest.issued().orElse(0) / months;
        return issued / (1 - data.parameters().refusalRate().value());
    }

    private static AnalysisPages.CapacityResult compute(ConsularData data, Map<String, String> values,
                                                        Map<String, String> errors) {
        List<ConsularParameter> given = new ArrayList<>();
        for (ConsularParameter p : data.parameters().all()) {
            double v = parse(values.get(p.name()), p.name(), errors);
            given.add(new ConsularParameter(p.name(), Double.isNaN(v) ? p.value() : v, p.unit(), p.sources(),
                    p.assumption(), p.confidence(), p.note()));
        }
        double officers = parse(values.get("officers"), "officers", errors);
        double local = parse(values.get("localStaff"), "localStaff", errors);
        double demand = parse(values.get("demand"), "demand", errors);
        double backlog = parse(values.get("backlog"), "backlog", errors);
        double horizon = parse(values.get("horizonMonths"), "horizonMonths", errors);
        if (horizon > MAX_HORIZON_MONTHS) {
            errors.put("horizonMonths", "horizonMonths must be at most " + MAX_HORIZON_MONTHS + ", got '"
                    + values.get("horizonMonths") + "'");
        }
        if (!errors.isEmpty()) {
            return failed("Correct the marked fields: " + String.join("; ", errors.values()));
        }
        try {
            ConsularParameters parameters = new ConsularParameters(given.get(0), given.get(1), given.get(2), given.get(3),
                    given.get(4), given.get(5));
            ConsularStaffing staffing = new ConsularStaffing((int) officers, (int) local);
            ConsularCapacityModel model = new ConsularCapacityModel(parameters);
            ConsularOutlook outlook = model.outlook(staffing, demand, backlog, (int) horizon);
            OptionalInt needed = model.officersNeeded(demand, (int) local);
            return new AnalysisPages.CapacityResult("", chart(model, staffing, demand, backlog, (int) horizon), number(outlook.capacity().adjudicationsPerMonth()),
                    number(outlook.capacity().issuancesPerMonth()),
                    String.format(Locale.ROOT, "%.0f%%", outlook.capacity().supportFactor() * 100), number(demand),
                    number(outlook.backlogGrowthPerMonth()), wait(outlook.waitNow()), wait(outlook.waitAtHorizon()),
                    String.valueOf(outlook.horizonMonths()),
                    outlook.monthsToClear().isPresent() ? String.format(Locale.ROOT, "%.1f months", outlook.monthsToClear().getAsDouble())
                            : "never, at this demand", needed.isPresent() ? String.valueOf(needed.getAsInt()) : "none can meet it");
        } catch (IllegalArgumentException e) {
            return failed(e.getMessage());
        }
    }

    private static AnalysisPages.CapacityResult failed(String message) {
        return new AnalysisPages.CapacityResult(message, "", "", "", "", "", "", "", "", "", "", "");
    }

    /**
     * The chart's data: month by month up to the horizon, capacity and demand (a month), the backlog
     * and the expected wait in days (null where it has no end), each point from the model's outlook.
     */
    private static String chart(ConsularCapacityModel model, ConsularStaffing staffing, double demand, double backlog,
                                int horizon) {
        List<Integer> months = new ArrayList<>();
        List<Long> capacity = new ArrayList<>();
        List<Long> demands = new ArrayList<>();
        List<Long> backlogs = new ArrayList<>();
        List<Long> waits = new ArrayList<>();
        for (int t = 0; t <= horizon; t++) {
            ConsularOutlook o = model.outlook(staffing, demand, backlog, t);
            months.add(t);
            capacity.add(Math.round(o.capacity().adjudicationsPerMonth()));
            demands.add(Math.round(demand));
            backlogs.add(Math.round(o.backlogAtHorizon()));
            waits.add(o.waitAtHorizon() instanceof ExpectedWait.Months m ? Long.valueOf(m.days()) : null);
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("months", months);
        chart.put("capacity", capacity);
        chart.put("demand", demands);
        chart.put("backlog", backlogs);
        chart.put("waitDays", waits);
        return Json.of(chart);
    }

    static String wait(ExpectedWait wait) {
        if (wait instanceof ExpectedWait.Months m) {
            return String.format(Locale.ROOT, "%.1f months (%d days)", m.months(), m.days());
        }
        return "no end: " + ((ExpectedWait.Unbounded) wait).reason();
    }

    private static double parse(String text, String field, Map<String, String> errors) {
        try {
            double v = Double.parseDouble(text == null ? "" : text.trim());
            if (Double.isNaN(v) || Double.isInfinite(v) || v < 0) {
                errors.put(field, field + " must be a number ≥ 0, got '" + text + "'");
                return Double.NaN;
            }
            return v;
        } catch (NumberFormatException e) {
            errors.put(field, field + " must be a number, got '" + text + "'");
            return Double.NaN;
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String words(String camel) {
        return camel.replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT);
    }

    /** The snippets a scenario can start from: reopen each mission that is closed, lift each restriction in force. */
    static List<AnalysisPages.Snippet> snippets(DyadDefinition definition, RelationsState state, LocalDate asOf) {
        List<AnalysisPages.Snippet> snippets = new ArrayList<>();
        for (MissionState m : state.missions()) {
            if (m.status() == MissionStatus.CLOSED || m.status() == MissionStatus.SEIZED) {
                Mission mission = m.mission();
                String type = m.status() == MissionStatus.SEIZED ? "mission-returned" : "mission-reopened";
                snippets.add(new AnalysisPages.Snippet((type.equals("mission-returned") ? "Return " : "Reopen ") + mission.name(),
                        entry(type, mission.host().code(), mission.sending().code(), asOf, "mission: " + mission.id().value())));
            }
        }
        for (RestrictionState r : state.restrictionsInForce()) {
            snippets.add(new AnalysisPages.Snippet("Lift: " + r.description(),
                    entry("restriction-lifted", r.imposedBy().code(), r.appliesTo().code(), asOf, "restriction: " + r.id().value())));
        }
        return snippets;
    }

    static String entry(String type, String actor, String target, LocalDate on, String field) {
        return "- type: " + type + "\n  actor: " + actor + "\n  target: " + target + "\n  occurredOn: " + on + "\n  "
                + field + "\n  sources:\n    - url: https://example.org/hypothetical\n      title: A hypothetical step\n"
                + "      publisher: détente scenario\n      date: " + on + "\n";
    }

    static AnalysisPages.ScenarioResultView scenarioResult(ScenarioRun run, Map<String, String> titles) {
        List<String> problems = new ArrayList<>();
        for (FormatProblem p : run.problems()) {
            problems.add((p.line() > 0 ? "line " + p.line() + ": " : "") + (p.field().isEmpty() ? "" : p.field() + ": ")
                    + p.message());
        }
        if (run.evaluated().isEmpty()) {
            if (problems.isEmpty()) {
                problems.add("the scenario could not be evaluated");
            }
            return AnalysisPages.ScenarioResultView.failed(problems);
        }
        EvaluatedScenario evaluated = run.evaluated().get();
        List<String> met = evaluated.newlyMet().stream().map(id -> titles.getOrDefault(id.value(), id.value())).toList();
        List<String> ready = evaluated.newlyReady().stream().map(id -> titles.getOrDefault(id.value(), id.value())).toList();
        List<String> goals = new ArrayList<>();
        for (GoalChange change : evaluated.goalChanges()) {
            goals.add(titles.getOrDefault(change.goal().value(), change.goal().value()) + ": "
                    + Labels.words(change.before()) + " → " + Labels.words(change.after())
                    + change.progressAfter().map(p -> " (" + change.progressBefore().map(b -> b.text() + " → ").orElse("")
                    + p.text() + ")").orElse(""));
        }
        List<String> state = evaluated.stateChanges().stream().map(StateChange::toString).toList();
        List<String> metrics = evaluated.metricChanges().stream().map(MetricChange::text).toList();
        return new AnalysisPages.ScenarioResultView(true, problems, met, ready, goals, state, metrics, List.of(), "");
    }
}
