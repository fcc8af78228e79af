package org.detente.state;

import java.util.Objects;
import java.util.OptionalInt;
import org.detente.ledger.EntryId;
import org.detente.model.Country;
import org.detente.model.FigureBound;
import org.detente.model.HistoricalDate;
import org.detente.model.Text;
import org.detente.model.VisaClass;

/**
 * The latest reported wait for a visa appointment or interview at one post of the issuer, for one
 * class (and category) of visa, as of a date: how long the applicants' nationals waited
 * ({@code waitDays}, empty when the reporter said no appointments were available), who said so and
 * in which entry, whose sources the faces show beside it. A wait is what a reporter observed on
 * {@code reportedOn}, not a status that holds until changed: faces say how old it is.
 */
public record VisaWaitState(Country issuer, Country applicants, String post, VisaClass visaClass, String visaCategory,
                            OptionalInt waitDays, FigureBound bound, String reportedBy, HistoricalDate reportedOn,
                            String description, EntryId reportedIn) {
    public VisaWaitState {
        Objects.requireNonNull(issuer, "issuer is required");
        Objects.requireNonNull(applicants, "applicants is required");
        post = Text.require(post, "post");
        Objects.requireNonNull(visaClass, "visaClass is required");
        visaCategory = Text.optional(visaCategory);
        Objects.requireNonNull(waitDays, "waitDays is required");
        Objects.requireNonNull(bound, "bound is required");
        reportedBy = Text.optional(reportedBy);
        Objects.requireNonNull(reportedOn, "reportedOn is required");
        description = Text.optional(description);
        Objects.requireNonNull(reportedIn, "reportedIn is required");
    }

    public boolean noAppointments() {
        return waitDays.isEmpty();
    }
}
