package org.detente.state;

import java.util.Objects;
import org.detente.ledger.EntryId;
import org.detente.model.Country;
import org.detente.model.HistoricalDate;
import org.detente.model.Text;
import org.detente.model.VisaClass;

/**
 * Where and whether one country's nationals can get the other's visas of a class, as of a date:
 * the post the issuing country designated for them ({@code ""} when none is recorded) and whether
 * the class, or one category of it, is paused. Beside each mission's own issuance level, this is
 * the consular state of the dyad.
 */
public record VisaAccessState(Country issuer, Country applicants, VisaClass visaClass, String visaCategory,
                              String designatedPost, boolean paused, HistoricalDate since, String description,
                              EntryId changedIn) {
    public VisaAccessState {
        Objects.requireNonNull(issuer, "issuer is required");
        Objects.requireNonNull(applicants, "applicants is required");
        Objects.requireNonNull(visaClass, "visaClass is required");
        visaCategory = Text.optional(visaCategory);
        designatedPost = Text.optional(designatedPost);
        Objects.requireNonNull(since, "since is required");
        description = Text.optional(description);
        Objects.requireNonNull(changedIn, "changedIn is required");
    }
}
