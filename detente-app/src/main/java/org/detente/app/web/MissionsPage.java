package org.detente.app.web;

import java.util.List;
import org.detente.app.web.Views.Badge;

/**
 * Missions and staff as of a date: each side's missions with status and consular services, the
 * staff of each side, and the data of the step chart (staff over time, caps, expulsions and accreditations).
 */
public record MissionsPage(Frame frame, List<Side> sides, List<StaffRow> staff, String chartJson,
                           List<FigureRow> figures, List<HeadRow> heads) {
    public MissionsPage {
        sides = List.copyOf(sides);
        staff = List.copyOf(staff);
        figures = List.copyOf(figures);
        heads = List.copyOf(heads);
    }

    /** One reported staff figure: whose staff, what it counts, the figure as bounded, when, by whom. */
    public record FigureRow(String label, String counts, String figure, String reportedOn, String reportedBy,
                            String changes) {
    }

    /** Who heads one mission: the standing, the person, since when, and a designate on the way. */
    public record HeadRow(String mission, Badge standing, String person, String since, String designate) {
    }

    /** The missions one country keeps in the other. */
    public record Side(String title, List<MissionRow> missions) {
    }

    /**
     * A mission: name, place, kind, status since when (with the dataset's caveat about that
     * baseline, empty when it has none), and what visas it issues.
     */
    public record MissionRow(String id, String name, String city, String kind, Badge status, String since,
                             String caveat, Badge visas, String monthlyCapacity) {
    }

    /** The staff of one side in the other: total, when reported, changes since, and the cap. */
    public record StaffRow(String label, String total, String reportedOn, String changes, String cap, Badge capStatus) {
    }
}
