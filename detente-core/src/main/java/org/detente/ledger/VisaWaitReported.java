package org.detente.ledger;

import java.util.Objects;
import java.util.OptionalInt;
import org.detente.model.FigureBound;
import org.detente.model.Text;
import org.detente.model.VisaClass;

/**
 * An observation: a named reporter (an embassy, the State Department's wait-time tool, a news outlet)
 * says how long the applicants' nationals wait for a visa appointment or interview of a class at a
 * post of the issuing country (actor) on the day of the entry; target: the applicants' country.
 *
 * <p>{@code post} is the post in words, because nationals are often sent to a third country's post
 * (Warsaw, Astana) that is no mission of the dyad. {@code waitDays} empty means the reporter said no
 * appointments were available at all, which is not the same as a long wait. {@code bound} says how
 * the figure bounds the real wait ("about", "more than"), as for staff figures. A report changes no
 * status: it is the latest word on one post and class until the next report.
 */
public record VisaWaitReported(String post, VisaClass visaClass, String visaCategory, OptionalInt waitDays,
                               FigureBound bound, String reportedBy, String description) implements Measure {
    public VisaWaitReported {
        post = Text.require(post, "post");
        Objects.requireNonNull(visaClass, "visaClass is required");
        visaCategory = Text.optional(visaCategory);
        Objects.requireNonNull(waitDays, "waitDays is required (empty when no appointments are available)");
        if (waitDays.isPresent() && waitDays.getAsInt() < 0) {
            throw new IllegalArgumentException("waitDays must be 0 or more, was " + waitDays.getAsInt());
        }
        Objects.requireNonNull(bound, "bound is required");
        if (waitDays.isEmpty() && bound != FigureBound.EXACT) {
            throw new IllegalArgumentException("bound applies to a number of days, not to \"no appointments\"");
        }
        reportedBy = Text.require(reportedBy, "reportedBy");
        description = Text.optional(description);
    }

    /** A wait of {@code days} as the reporter bounds it. */
    public static VisaWaitReported days(String post, VisaClass visaClass, int days, FigureBound bound,
                                        String reportedBy) {
        return new VisaWaitReported(post, visaClass, "", OptionalInt.of(days), bound, reportedBy, "");
    }

    /** The reporter said no appointments were to be had at the post. */
    public static VisaWaitReported noAppointments(String post, VisaClass visaClass, String reportedBy) {
        return new VisaWaitReported(post, visaClass, "", OptionalInt.empty(), FigureBound.EXACT, reportedBy, "");
    }

    public boolean noAppointments() {
        return waitDays.isEmpty();
    }

    @Override
    public MeasureType type() {
        return MeasureType.VISA_WAIT_REPORTED;
    }

    @Override
    public <R> R accept(MeasureVisitor<R> visitor) {
        return visitor.visaWaitReported(this);
    }
}
