package org.detente.app.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.detente.analysis.GapStatus;
import org.detente.analysis.StaffGap;
import org.detente.ledger.Entry;
import org.detente.ledger.MeasureType;
import org.detente.model.DyadDefinition;
import org.detente.model.MissionKind;
import org.detente.model.MissionStatus;
import org.detente.model.Track;
import org.detente.roadmap.GoalEvaluation;
import org.detente.roadmap.GoalStatus;
import org.detente.roadmap.Progress;
import org.detente.roadmap.RoadmapEvaluation;
import org.detente.state.ChannelState;
import org.detente.state.MissionState;
import org.detente.state.RelationsState;
import org.detente.state.RestrictionState;

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
            tracks.add(new OverviewPage.TrackView(track.id().value(), track.title(), met, ready, blocked, goals));
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
            if (gap.capHeadroom().isPresent()) {
                details.add("cap leaves room for " + gap.capHeadroom().getAsInt() + " more");
            }
            gaps.add(new OverviewPage.Gap("Staff: " + who, value, Views.Badge.of(gap.status().name()), details));
        }
        List<String> visas = new ArrayList<>();
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
        }
        gaps.add(new OverviewPage.Gap("Visa issuance", issuing + " of " + consular + " consular posts issue visas",
                Views.Badge.of(issuing == consular ? "FULL" : issuing == 0 ? "NONE" : "LIMITED"), visas));
        List<String> shut = new ArrayList<>();
        for (MissionState mission : state.missions()) {
            if (mission.mission().kind() != MissionKind.EMBASSY
                    && (mission.status() == MissionStatus.CLOSED || mission.status() == MissionStatus.SEIZED)) {
                shut.add(mission.mission().name() + ": " + Labels.words(mission.status()) + " since " + mission.sinceText());
            }
        }
        gaps.add(new OverviewPage.Gap("Consulates and premises closed or seized", String.valueOf(shut.size()),
                Views.Badge.of(shut.isEmpty() ? "OPERATIONAL" : "CLOSED"), shut));
        List<String> restrictions = new ArrayList<>();
        for (RestrictionState restriction : state.restrictionsInForce()) {
            restrictions.add(restriction.imposedBy() + ": " + restriction.description() + " (since " + restriction.since() + ")");
        }
        gaps.add(new OverviewPage.Gap("Restrictions in force", String.valueOf(restrictions.size()),
                Views.Badge.of(restrictions.isEmpty() ? "LIFTED" : "IN_FORCE"), restrictions));
        List<String> channels = new ArrayList<>();
        int active = 0;
        for (ChannelState channel : state.channels()) {
            if (channel.active()) {
                active++;
            }
            channels.add(channel.channel().between() + ": " + Labels.words(channel.status()));
        }
        gaps.add(new OverviewPage.Gap("Channels active", active + " of " + state.channels().size(),
                Views.Badge.of(active == state.channels().size() ? "ACTIVE" : active == 0 ? "SUSPENDED" : "LIMITED"),
                channels));
        return gaps;
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
                    Labels.words(entry.type().code()), entry.actor().code(), Labels.describe(entry, definition),
                    entry.note(), retracted.contains(entry.id().value()), Views.SourceLink.all(entry.sources())));
        }
        return developments;
    }
}
