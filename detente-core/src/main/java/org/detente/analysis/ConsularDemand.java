package org.detente.analysis;

import java.util.Objects;
import java.util.OptionalDouble;
import org.detente.model.DatePrecision;

/**
 * A figure of visa demand as a source gives it: applications a month, applications or issuances
 * over a period, or issuances a month. The capacity model wants applications a month; {@link
 * #applicationsPerMonth(double)} is the one rule that turns any of them into it.
 *
 * @param period               the precision of the figure's period: a year counts as 12 months, a
 *                             month or a day as one
 * @param applicationsPerMonth applications a month, when given as such
 * @param applications         applications over the period
 * @param issuedPerMonth       visas issued a month
 * @param issued               visas issued over the period
 */
public record ConsularDemand(DatePrecision period, OptionalDouble applicationsPerMonth, OptionalDouble applications,
                             OptionalDouble issuedPerMonth, OptionalDouble issued) {
    public ConsularDemand {
        Objects.requireNonNull(period, "period is required");
        Objects.requireNonNull(applicationsPerMonth, "applicationsPerMonth is required (empty when not given)");
        Objects.requireNonNull(applications, "applications is required (empty when not given)");
        Objects.requireNonNull(issuedPerMonth, "issuedPerMonth is required (empty when not given)");
        Objects.requireNonNull(issued, "issued is required (empty when not given)");
    }

    /**
     * Applications a month: as given, or applications over the period divided by its months, or
     * issuances (a month, or over the period) divided by {@code 1 − refusalRate}, since refused
     * applications were made too (docs/analyses.md). Without any figure, none.
     */
    public double applicationsPerMonth(double refusalRate) {
        if (!(refusalRate >= 0 && refusalRate < 1)) {
            throw new IllegalArgumentException("refusalRate must be in [0, 1), got " + refusalRate);
        }
        double months = period == DatePrecision.YEAR ? 12 : 1;
        if (applicationsPerMonth.isPresent()) {
            return applicationsPerMonth.getAsDouble();
        }
        if (applications.isPresent()) {
            return applications.getAsDouble() / months;
        }
        double issuedMonthly = issuedPerMonth.isPresent() ? issuedPerMonth.getAsDouble() : issued.orElse(0) / months;
        return issuedMonthly / (1 - refusalRate);
    }
}
