package org.detente.app.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.detente.analysis.GapStatus;
import org.detente.analysis.StaffGap;
import org.detente.analysis.StaffTarget;
import org.detente.app.report.EntryWords;
import org.detente.app.report.GapWords;
import org.detente.ledger.Entry;
import org.detente.ledger.EntryId;
import org.detente.ledger.MeasureType;
import org.detente.model.DyadDefinition;
import org.detente.model.FigureBound;
import org.detente.model.MissionKind;
import org.detente.model.MissionStatus;
import org.detente.model.Source;
import org.detente.model.Track;
import org.detente.roadmap.AllOf;
import org.detente.roadmap.AnyOf;
import org.detente.roadmap.Criterion;
import org.detente.roadmap.Goal;
import org.detente.roadmap.GoalEvaluation;
import org.detente.roadmap.GoalStatus;
import org.detente.roadmap.Progress;
import org.detente.roadmap.Roadmap;
import org.detente.roadmap.RoadmapEvaluation;
import org.detente.roadmap.StaffMultipleReached;
import org.detente.state.ChannelState;
import org.detente.state.MissionState;
import org.detente.state.RelationsState;
import org.detente.state.RestrictionState;
import org.detente.state.StaffFigure;
import org.detente.state.StaffState;
import org.detente.store.format.EntryCodec;

/** Builds the overview of a dyad as of a date from its analyses and state. */
final class OverviewPresenter {
    static final int DEVELOPMENTS = 8;

    private OverviewPresenter() {
    }

    static OverviewPage present(Frame frame, PageQuestion analyses, LocalDate asOf) {
        DyadDefinition definition = analyses.ledger().definition();
        RelationsState state = analyses.ledger().projector().stateAsOf(asOf, analyses.knownAt());
        RoadmapEvaluation roadmap = analyses.roadmapAsOf(asOf);
        return new OverviewPage(frame, tracks(definition, roadmap), gaps(analyses, state, asOf),
                developments(analyses.ledger().entriesKnownAt(analyses.knownAt()), definition, asOf));
    }

    static List<OverviewPage.TrackView> tracks(DyadDefinition definition, RoadmapEvaluation roadmap) {
        List<OverviewPage.TrackView> tracks = new ArrayList<>();
        for (Track track : definition.tracks()) {
            List<OverviewPage.GoalView> goals = new ArrayList<>();
            int met = 0;
            int ready = 0;
            int blocked = 0;
            for (GoalEvaluation goal : roadmap.goals()) {
                if (!goal.goal().track().equals(track.id())) {
                    continue;
                }
                switch (goal.status()) {
                    case MET -> met++;
                    case READY -> ready++;
                    default -> blocked++;
                }
                goals.add(goal(goal));
            }
            goals.sort(Comparator.comparingInt(g -> order(g.status().label())));
            tracks.add(new OverviewPage.TrackView(track.id().value(), track.title(), met, ready, blocked, goals,
                    goals.isEmpty() ? RoadmapPresenter.whyNoGoals(track) : ""));
        }
        return tracks;
    }

    static OverviewPage.GoalView goal(GoalEvaluation goal) {
        return new OverviewPage.GoalView(goal.id().value(), goal.goal().title(), Views.Badge.of(goal.status().name()),
                bar(goal), goal.result().explanation());
    }

    static Views.Bar bar(GoalEvaluation goal) {
        if (goal.progress().isEmpty()) {
            boolean met = goal.status() == GoalStatus.MET;
            return new Views.Bar(met ? 100 : 0, met ? "met" : "not met");
        }
        Progress progress = goal.progress().get();
        int percent = progress.fraction().isPresent() ? (int) Math.round(progress.fraction().getAsDouble() * 100) : -1;
        return new Views.Bar(percent, progress.text());
    }

    private static int order(String status) {
        return switch (status) {
            case "met" -> 2;
            case "ready" -> 0;
            default -> 1;
        };
    }

    static List<OverviewPage.Gap> gaps(PageQuestion analyses, RelationsState state, LocalDate asOf) {
        DyadDefinition definition = analyses.ledger().definition();
        GapWords words = new GapWords(definition);
        Cited cited = new Cited(analyses.ledger().entriesKnownAt(analyses.knownAt()), asOf);
        List<OverviewPage.Gap> gaps = new ArrayList<>();
        for (StaffGap gap : analyses.gapsAsOf(asOf).staff()) {
            String who = definition.nameOf(gap.target().sending()) + " "
                    + gap.target().category().map(c -> Labels.words(c) + " ").orElse("") + "staff in "
                    + definition.nameOf(analyses.dyad().other(gap.target().sending()));
            String value;
            if (gap.status() == GapStatus.MET) {
                value = "target reached";
            } else if (gap.multipleStillNeeded().isPresent()) {
                value = String.format(Locale.ROOT, "×%.1f still needed", gap.multipleStillNeeded().getAsDouble());
            } else {
                value = "unknown";
            }
            List<String> details = new ArrayList<>();
            details.add("target: " + gap.target().rangeText().orElse(String.valueOf(gap.target().multiple()))
                    + "× the level of " + gap.target().baseline()
                    + (gap.baselineLevel().isPresent() ? " (" + gap.baselineLevel().getAsInt() + ")" : " (not reported)"));
            details.add("now: " + (gap.currentLevel().isPresent() ? gap.currentLevel().getAsInt() : "not reported")
                    + (gap.targetLevel().isPresent() ? " of " + gap.targetLevel().getAsInt() : ""));
            gap.earliestReported().ifPresent(f -> details.add("earliest reported: "
                    + (f.bound() == FigureBound.EXACT ? "" : Labels.words(f.bound()) + " ") + f.reported().total()
                    + " (" + f.reportedOn() + ", " + EntryWords.scopeWords(f.scope())
                    + (f.reportedBy().isEmpty() ? "" : ", by " + f.reportedBy()) + ")"
                    + (gap.targetAgainstEarliest().isPresent() ? String.format(Locale.ROOT,
                    "; the target is %.1f× it", gap.targetAgainstEarliest().getAsDouble()) : "")));
            if (gap.capHeadroom().isPresent()) {
                details.add("cap leaves room for " + gap.capHeadroom().getAsInt() + " more");
            }
            StaffState now = state.staffOf(gap.target().sending());
            Optional<Goal> goal = goalOf(analyses.roadmap(), gap.target());
            List<Source> sources = new ArrayList<>();
            for (StaffFigure figure : state.staffFiguresOf(gap.target().sending())) {
                if (now.reportedOn().map(figure.reportedOn()::equals).orElse(false)) {
                    sources.addAll(cited.sourcesOf(figure.reportedIn()));
                }
            }
            gap.earliestReported().ifPresent(f -> sources.addAll(cited.sourcesOf(f.reportedIn())));
            goal.ifPresent(g -> sources.addAll(g.sources()));
            gaps.add(new OverviewPage.Gap("Staff: " + who, value, Views.Badge.of(gap.status().name()),
                    words.staff(gap, now, goal), details, links(sources)));
        }
        List<String> visas = new ArrayList<>();
        List<Source> visaSources = new ArrayList<>();
        int issuing = 0;
        int consular = 0;
        for (MissionState mission : state.missions()) {
            if (mission.mission().visaIssuance().isEmpty()) {
                continue;
            }
            consular++;
            String level = mission.effectiveVisaIssuance().map(Labels::words).orElse("none");
            if (!level.equals("none")) {
                issuing++;
            }
            visas.add(mission.mission().name() + ": " + level);
            visaSources.addAll(cited.latest("mission", mission.mission().id().value(), mission.mission().sources()));
        }
        gaps.add(new OverviewPage.Gap("Visa issuance", issuing + " of " + consular + " consular posts issue visas",
                Views.Badge.of(issuing == consular ? "FULL" : issuing == 0 ? "NONE" : "LIMITED"), words.visas(state),
                visas, links(visaSources)));
        List<String> shut = new ArrayList<>();
        List<Source> shutSources = new ArrayList<>();
        for (MissionState mission : state.missions()) {
            if (mission.mission().kind() != MissionKind.EMBASSY
                    && (mission.status() == MissionStatus.CLOSED || mission.status() == MissionStatus.SEIZED)) {
                shut.add(mission.mission().name() + ": " + Labels.words(mission.status()) + " since " + mission.sinceText());
                shutSources.addAll(cited.latest("mission", mission.mission().id().value(), mission.mission().sources()));
            }
        }
        gaps.add(new OverviewPage.Gap("Consulates and premises closed or seized", String.valueOf(shut.size()),
                Views.Badge.of(shut.isEmpty() ? "OPERATIONAL" : "CLOSED"), words.closures(state), shut,
                links(shutSources)));
        List<String> restrictions = new ArrayList<>();
        List<Source> restrictionSources = new ArrayList<>();
        for (RestrictionState restriction : state.restrictionsInForce()) {
            restrictions.add(restriction.imposedBy() + ": " + restriction.description() + " (since " + restriction.since() + ")");
            restrictionSources.addAll(cited.sourcesOf(restriction.imposedIn()));
        }
        gaps.add(new OverviewPage.Gap("Restrictions in force", String.valueOf(restrictions.size()),
                Views.Badge.of(restrictions.isEmpty() ? "LIFTED" : "IN_FORCE"), words.restrictions(state), restrictions,
                links(restrictionSources)));
        List<String> channels = new ArrayList<>();
        List<Source> channelSources = new ArrayList<>();
        int active = 0;
        for (ChannelState channel : state.channels()) {
            if (channel.active()) {
                active++;
            }
            channels.add(channel.channel().between() + ": " + Labels.words(channel.status()));
            channelSources.addAll(cited.latest("channel", channel.channel().id().value(), channel.channel().sources()));
        }
        gaps.add(new OverviewPage.Gap("Channels active", active + " of " + state.channels().size(),
                Views.Badge.of(active == state.channels().size() ? "ACTIVE" : active == 0 ? "SUSPENDED" : "LIMITED"),
                words.channels(state), channels, links(channelSources)));
        return gaps;
    }

    /** The goal whose criterion (or a part of it) sets {@code target}: the one the gap is measured for. */
    static Optional<Goal> goalOf(Roadmap roadmap, StaffTarget target) {
        for (Goal goal : roadmap.goals()) {
            if (sets(goal.criterion(), target)) {
                return Optional.of(goal);
            }
        }
        return Optional.empty();
    }

    private static boolean sets(Criterion criterion, StaffTarget target) {
        if (criterion instanceof StaffMultipleReached c) {
            return c.sending().equals(target.sending()) && c.baselineDate().equals(target.baseline())
                    && c.multiple() == target.multiple() && c.category().equals(target.category());
        }
        if (criterion instanceof AllOf all) {
            return all.criteria().stream().anyMatch(part -> sets(part, target));
        }
        if (criterion instanceof AnyOf any) {
            return any.criteria().stream().anyMatch(part -> sets(part, target));
        }
        return false;
    }

    /** The sources as links, each address once, in the order given. */
    private static List<Views.SourceLink> links(List<Source> sources) {
        Map<String, Source> unique = new LinkedHashMap<>();
        sources.forEach(source -> unique.putIfAbsent(source.url().toString(), source));
        return Views.SourceLink.all(List.copyOf(unique.values()));
    }

    /** The live entries that occurred by the date, to cite: by id, or the latest naming a definition. */
    /** The live entries by the date, to find the sources of the entry a state line comes from. */
    static final class Cited {
        private final Map<String, Entry> byId = new HashMap<>();
        private final List<Entry> live = new ArrayList<>();

        Cited(List<Entry> entries, LocalDate asOf) {
            Set<String> retracted = PageSupport.retracted(entries);
            for (Entry entry : entries) {
                if (entry.type() != MeasureType.RETRACTION && !retracted.contains(entry.id().value())
                        && !entry.occurredOn().date().isAfter(asOf)) {
                    byId.put(entry.id().value(), entry);
                    live.add(entry);
                }
            }
            live.sort(Comparator.comparing((Entry e) -> e.occurredOn().date()).thenComparingLong(Entry::sequence));
        }

        List<Source> sourcesOf(EntryId id) {
            Entry entry = byId.get(id.value());
            return entry == null ? List.of() : entry.sources();
        }

        /** The sources of the latest entry whose {@code field} names {@code id}, else the definition's own. */
        List<Source> latest(String field, String id, List<Source> definition) {
            for (int i = live.size() - 1; i >= 0; i--) {
                if (id.equals(String.valueOf(EntryCodec.measureFields(live.get(i).measure()).get(field)))) {
                    return live.get(i).sources();
                }
            }
            return definition;
        }
    }

    static List<OverviewPage.Development> developments(List<Entry> entries, DyadDefinition definition, LocalDate asOf) {
        Set<String> retracted = PageSupport.retracted(entries);
        List<Entry> latest = new ArrayList<>();
        for (Entry entry : entries) {
            if (!entry.occurredOn().date().isAfter(asOf) && entry.type() != MeasureType.RETRACTION) {
                latest.add(entry);
            }
        }
        latest.sort(Comparator.comparing((Entry e) -> e.occurredOn().date()).thenComparingLong(Entry::sequence).reversed());
        List<OverviewPage.Development> developments = new ArrayList<>();
        for (Entry entry : latest.subList(0, Math.min(DEVELOPMENTS, latest.size()))) {
            developments.add(new OverviewPage.Development(entry.id().value(), entry.occurredOn().toString(),
                    Labels.words(entry.type().code()), entry.actor().code(), Views.EntryText.of(entry, definition),
                    entry.note(), retracted.contains(entry.id().value())));
        }
        return developments;
    }
}
