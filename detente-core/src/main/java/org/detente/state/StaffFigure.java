package org.detente.state;

import java.util.Objects;
import org.detente.ledger.EntryId;
import org.detente.model.Country;
import org.detente.model.FigureBound;
import org.detente.model.Headcount;
import org.detente.model.HistoricalDate;
import org.detente.model.StaffScope;
import org.detente.model.Text;

/**
 * One line of staff figures as of a date: the latest figure one reporter gave for one scope
 * (which missions, which staff) of the sending side's staff in the host, plus the changes within
 * that scope since ({@code changesSinceReport}). Figures of different scopes, or of the same scope
 * by different reporters, are separate lines: they are shown side by side, attributed, and never
 * added together. {@code reported} is the figure as the source gave it, before any change.
 */
public record StaffFigure(Country sending, Country host, StaffScope scope, String reportedBy, Headcount level,
                          FigureBound bound, HistoricalDate reportedOn, EntryId reportedIn, int changesSinceReport,
                          Headcount reported) {
    public StaffFigure {
        Objects.requireNonNull(sending, "sending is required");
        Objects.requireNonNull(host, "host is required");
        Objects.requireNonNull(scope, "scope is required");
        reportedBy = Text.optional(reportedBy);
        Objects.requireNonNull(level, "level is required");
        Objects.requireNonNull(bound, "bound is required");
        Objects.requireNonNull(reportedOn, "reportedOn is required");
        Objects.requireNonNull(reportedIn, "reportedIn is required");
        Objects.requireNonNull(reported, "reported is required");
    }
}
