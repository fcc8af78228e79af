package org.detente.app.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.NavigableSet;
import java.util.function.Function;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.detente.app.service.DyadLedger;
import org.detente.ledger.Entry;
import org.detente.ledger.MeasureCategory;
import org.detente.ledger.MeasureType;
import org.detente.ledger.StaffMeasure;
import org.detente.model.Confidence;
import org.detente.model.Country;
import org.detente.model.Dyad;
import org.detente.model.DyadDefinition;
import org.detente.model.Mission;
import org.detente.state.MissionState;
import org.detente.state.Projector;
import org.detente.state.HeadOfMissionState;
import org.detente.state.RelationsState;
import org.detente.state.StaffFigure;
import org.detente.state.StaffState;

/** Builds the missions page: missions by side, staff, and the staff step chart up to the date. */
final class MissionsPresenter {
    private MissionsPresenter() {
    }

    /** The page as of {@code asOf}, counting only the entries recorded by {@code knownAt} when given. */
    static MissionsPage present(Frame frame, DyadLedger ledger, LocalDate asOf, Optional<Instant> knownAt) {
        DyadDefinition definition = ledger.definition();
        Dyad dyad = definition.dyad();
        RelationsState state = ledger.projector().stateAsOf(asOf, knownAt);
        List<MissionsPage.Side> sides = new ArrayList<>();
        for (Country sending : List.of(dyad.first(), dyad.second())) {
            List<MissionsPage.MissionRow> rows = new ArrayList<>();
            for (MissionState mission : state.missions()) {
                if (!mission.mission().sending().equals(sending)) {
                    continue;
                }
                Views.Badge visas = mission.mission().visaIssuance().isEmpty() ? new Views.Badge("no consular work", "neutral")
                        : Views.Badge.of(mission.effectiveVisaIssuance().map(Enum::name).orElse("NONE"));
                rows.add(new MissionsPage.MissionRow(mission.mission().id().value(), mission.mission().name(),
                        mission.mission().city(), Labels.words(mission.mission().kind()),
                        Views.Badge.of(mission.status().name()), mission.sinceText(), caveat(mission), visas,
                        mission.monthlyCapacity().isPresent() ? mission.monthlyCapacity().getAsInt() + " a month" : ""));
            }
            sides.add(new MissionsPage.Side(definition.nameOf(sending) + " missions in "
                    + definition.nameOf(dyad.other(sending)), rows));
        }
        List<MissionsPage.StaffRow> staff = new ArrayList<>();
        for (StaffState s : state.staff()) {
            String cap = s.cap().isPresent() ? String.valueOf(s.cap().getAsInt()) : "none";
            Views.Badge capStatus = s.cap().isEmpty() ? new Views.Badge("no cap", "neutral")
                    : s.capViolated() ? new Views.Badge("over the cap", "bad") : new Views.Badge("within the cap", "good");
            staff.add(new MissionsPage.StaffRow(definition.nameOf(s.sending()) + " staff in " + definition.nameOf(s.host()),
                    s.total().isPresent() ? String.valueOf(s.total().getAsInt()) : "not reported",
                    s.reportedOn().map(Object::toString).orElse("never"),
                    (s.changesSinceReport() > 0 ? "+" : "") + s.changesSinceReport(), cap, capStatus));
        }
        List<MissionsPage.FigureRow> figures = new ArrayList<>();
        for (StaffFigure f : state.staffFigures()) {
            figures.add(new MissionsPage.FigureRow(definition.nameOf(f.sending()) + " staff in " + definition.nameOf(f.host()),
                    org.detente.app.report.EntryWords.scopeWords(f.scope()), figure(f),
                    f.reportedOn().toString(), f.reportedBy().isEmpty() ? "not attributed" : f.reportedBy(),
                    f.changesSinceReport() == 0 ? "" : (f.changesSinceReport() > 0 ? "+" : "") + f.changesSinceReport()));
        }
        List<MissionsPage.HeadRow> heads = new ArrayList<>();
        for (HeadOfMissionState h : state.headsOfMission()) {
            Views.Badge standing = switch (h.standing()) {
                case AMBASSADOR -> new Views.Badge("ambassador", "good");
                case CHARGE_D_AFFAIRES -> new Views.Badge("chargé d'affaires", "partial");
                case VACANT -> new Views.Badge("vacant", "bad");
            };
            heads.add(new MissionsPage.HeadRow(definition.mission(h.mission()).map(m -> m.name()).orElse(h.mission().value()),
                    standing, h.person().isEmpty() ? "—" : h.person(), h.since().toString(),
                    h.designate().map(d -> d.person() + (d.agrementGranted() ? ", agrément granted " : ", agrément requested ")
                            + d.since()).orElse("")));
        }
        return new MissionsPage(frame, sides, staff, Json.of(chart(ledger, definition, asOf, knownAt)), figures, heads);
    }

    /** "at most 200 in total": a reported figure as its source bounds it. */
    private static String figure(StaffFigure f) {
        String bound = switch (f.bound()) {
            case EXACT -> "";
            case ABOUT -> "about ";
            case AT_MOST -> "at most ";
            case AT_LEAST -> "at least ";
        };
        if (f.level().total() != null) {
            return bound + f.level().total() + " in total";
        }
        return f.level().diplomatic() != null ? bound + f.level().diplomatic() + " diplomats" : bound + "by category";
    }

    /**
     * What the dataset says of its doubts about the mission's baseline (confidence and note), while
     * the baseline is what the page shows, i.e. no ledger entry has changed the mission's status
     * since; empty when the sources confirm it.
     */
    static String caveat(MissionState mission) {
        Mission defined = mission.mission();
        if (defined.confidence() == Confidence.HIGH || !mission.since().equals(defined.since())) {
            return "";
        }
        String level = defined.confidence() == Confidence.LOW ? "Low confidence" : "Medium confidence";
        return defined.note().isEmpty() ? level : level + ": " + defined.note();
    }

    /**
     * At most this many dates on the staff chart. Beyond it the chart keeps one date a month (or a
     * quarter, a year, a decade: the finest that fits), the last staff date of each, so the page's
     * size stays bounded however long the ledger grows; the markers of a period are summed there.
     */
    static final int MAX_CHART_DATES = 400;

    private static final List<Period> PERIODS = List.of(
            new Period("month", d -> d.getYear() * 12L + d.getMonthValue()),
            new Period("quarter", d -> d.getYear() * 4L + (d.getMonthValue() - 1) / 3),
            new Period("year", d -> (long) d.getYear()),
            new Period("decade", d -> (long) Math.floorDiv(d.getYear(), 10)));

    /** A length of time the chart's dates can be gathered into, and the key of the period a date falls in. */
    private record Period(String name, Function<LocalDate, Long> key) {
    }

    /** The date each staff date is shown at, and what one point stands for ("day", "month", ...). */
    record ChartDates(String resolution, Map<LocalDate, LocalDate> shownAt) {
        LocalDate of(LocalDate date) {
            return shownAt.get(date);
        }

        TreeSet<LocalDate> shown() {
            return new TreeSet<>(shownAt.values());
        }
    }

    /**
     * Each staff date shown at itself when the dates fit the chart, else at the last date of its
     * period, for the finest period that brings the dates within {@link #MAX_CHART_DATES}.
     */
    static ChartDates chartDates(NavigableSet<LocalDate> dates) {
        Map<LocalDate, LocalDate> shown = new HashMap<>();
        if (dates.size() <= MAX_CHART_DATES) {
            dates.forEach(d -> shown.put(d, d));
            return new ChartDates("day", shown);
        }
        for (Period period : PERIODS) {
            Map<Long, LocalDate> lastOfPeriod = new HashMap<>();
            for (LocalDate d : dates) {
                lastOfPeriod.merge(period.key().apply(d), d, (a, b) -> a.isAfter(b) ? a : b);
            }
            if (lastOfPeriod.size() <= MAX_CHART_DATES || period == PERIODS.get(PERIODS.size() - 1)) {
                dates.forEach(d -> shown.put(d, lastOfPeriod.get(period.key().apply(d))));
                return new ChartDates(period.name(), shown);
            }
        }
        throw new IllegalStateException("unreachable: the last period always answers");
    }

    /** Staff totals and caps of each side at every date a staff entry occurred, and markers for expulsions and accreditations. */
    static Map<String, Object> chart(DyadLedger ledger, DyadDefinition definition, LocalDate asOf,
                                     Optional<Instant> knownAt) {
        Dyad dyad = definition.dyad();
        TreeSet<LocalDate> dates = new TreeSet<>();
        List<Entry> markers = new ArrayList<>();
        List<Entry> known = ledger.entriesKnownAt(knownAt);
        for (Entry entry : known) {
            LocalDate date = entry.occurredOn().date();
            if (date.isAfter(asOf)) {
                continue;
            }
            if (entry.type().category() == MeasureCategory.STAFF || entry.type() == MeasureType.STAFF_LEVEL_REPORTED) {
                dates.add(date);
            }
            if (entry.type() == MeasureType.STAFF_EXPELLED || entry.type() == MeasureType.STAFF_ACCREDITED) {
                markers.add(entry);
            }
        }
        dates.add(asOf);
        ChartDates shownAt = chartDates(dates);
        Map<Country, List<Object[]>> totals = new LinkedHashMap<>();
        Map<Country, List<Object[]>> caps = new LinkedHashMap<>();
        Map<String, Integer> totalOn = new LinkedHashMap<>();
        for (Country side : List.of(dyad.first(), dyad.second())) {
            totals.put(side, new ArrayList<>());
            caps.put(side, new ArrayList<>());
        }
        // One projector of what was known answers every date from its snapshots; asking the full one
        // with knownAt would fold the whole ledger again for each date.
        Projector history = knownAt.isEmpty() ? ledger.projector() : Projector.of(definition, known);
        for (LocalDate date : shownAt.shown()) {
            RelationsState state = history.stateAsOf(date);
            for (Country side : totals.keySet()) {
                StaffState staff = state.staffOf(side);
                Integer total = staff.total().isPresent() ? staff.total().getAsInt() : null;
                totals.get(side).add(new Object[] {date.toString(), total});
                caps.get(side).add(new Object[] {date.toString(), staff.cap().isPresent() ? staff.cap().getAsInt() : null});
                totalOn.put(side.code() + date, total);
            }
        }
        List<Map<String, Object>> series = new ArrayList<>();
        List<Map<String, Object>> capSeries = new ArrayList<>();
        for (Country side : totals.keySet()) {
            String label = definition.nameOf(side) + " staff in " + definition.nameOf(dyad.other(side));
            series.add(Map.of("name", label, "points", totals.get(side)));
            capSeries.add(Map.of("name", "cap on " + label, "points", caps.get(side)));
        }
        // The markers of one kind, side and shown date are one point: one measure keeps its own words.
        Map<String, List<Entry>> grouped = new LinkedHashMap<>();
        for (Entry entry : markers) {
            String date = shownAt.of(entry.occurredOn().date()).toString();
            grouped.computeIfAbsent(entry.type().code() + "|" + entry.target().code() + "|" + date, k -> new ArrayList<>())
                    .add(entry);
        }
        List<Object[]> expelled = new ArrayList<>();
        List<Object[]> accredited = new ArrayList<>();
        for (List<Entry> group : grouped.values()) {
            Entry first = group.get(0);
            Country sending = first.target();
            String date = shownAt.of(first.occurredOn().date()).toString();
            String verb = Labels.words(first.type().code()).replace("staff ", "");
            String text;
            if (group.size() == 1) {
                StaffMeasure measure = (StaffMeasure) first.measure();
                text = definition.nameOf(first.actor()) + " " + verb + " " + measure.count() + " "
                        + Labels.words(measure.category()) + " staff of " + definition.nameOf(sending);
            } else {
                int count = group.stream().mapToInt(e -> ((StaffMeasure) e.measure()).count()).sum();
                text = definition.nameOf(first.actor()) + " " + verb + " " + count + " staff of "
                        + definition.nameOf(sending) + " in " + group.size() + " measures, "
                        + group.get(0).occurredOn().date() + " to " + group.get(group.size() - 1).occurredOn().date();
            }
            Object[] point = {date, totalOn.get(sending.code() + date), text};
            (first.type() == MeasureType.STAFF_EXPELLED ? expelled : accredited).add(point);
        }
        return Map.of("resolution", shownAt.resolution(), "series", series, "caps", capSeries, "markers", List.of(
                Map.of("name", "expulsions", "symbol", "triangle", "points", expelled),
                Map.of("name", "accreditations", "symbol", "circle", "points", accredited)));
    }
}
