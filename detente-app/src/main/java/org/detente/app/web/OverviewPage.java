package org.detente.app.web;

import java.util.List;
import org.detente.app.web.Views.Badge;
import org.detente.app.web.Views.Bar;
import org.detente.app.web.Views.EntryText;
import org.detente.app.web.Views.SourceLink;

/** The overview of a dyad as of a date: the tracks and their goals, the headline gaps, the latest developments. */
public record OverviewPage(Frame frame, List<TrackView> tracks, List<Gap> gaps, List<Development> developments) {
    public OverviewPage {
        tracks = List.copyOf(tracks);
        gaps = List.copyOf(gaps);
        developments = List.copyOf(developments);
    }

    /** A track with its goals and how many are met, ready and blocked; without goals, why it has none. */
    public record TrackView(String id, String title, int met, int ready, int blocked, List<GoalView> goals,
                            String whyNoGoals) {
    }

    /** A goal with its status and progress. */
    public record GoalView(String id, String title, Badge status, Bar progress, String explanation) {
    }

    /**
     * A headline gap: what is measured, the figure, the sentence that answers the question behind
     * it, and one click away the detail and the sources behind the sentence.
     */
    public record Gap(String label, String value, Badge status, String sentence, List<String> details,
                      List<SourceLink> sources) {
        public Gap {
            details = List.copyOf(details);
            sources = List.copyOf(sources);
        }
    }

    /** One entry of the ledger, as news: its sentence, with its fields and sources one click away. */
    public record Development(String id, String date, String type, String actor, EntryText entry, String note,
                              boolean retracted) {
    }
}
