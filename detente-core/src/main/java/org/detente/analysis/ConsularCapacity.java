package org.detente.analysis;

import java.util.Objects;

/**
 * What a mission's consular section can do in a month: the support factor its local staff give
 * (1 = full support), the visa cases it adjudicates and the visas it issues.
 */
public record ConsularCapacity(ConsularStaffing staffing, double supportFactor, double adjudicationsPerMonth,
                               double issuancesPerMonth) {
    public ConsularCapacity {
        Objects.requireNonNull(staffing, "staffing is required");
        if (supportFactor < 0 || supportFactor > 1) {
            throw new IllegalArgumentException("supportFactor must lie in [0, 1], got " + supportFactor);
        }
        if (adjudicationsPerMonth < 0 || issuancesPerMonth < 0 || issuancesPerMonth > adjudicationsPerMonth) {
            throw new IllegalArgumentException("capacity must satisfy 0 <= issuances <= adjudications, got "
                    + issuancesPerMonth + " and " + adjudicationsPerMonth);
        }
    }
}
