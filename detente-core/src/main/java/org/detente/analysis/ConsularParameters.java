package org.detente.analysis;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The productivity parameters of the consular capacity model (see {@code docs/analyses.md}):
 * <ul>
 * <li>{@code interviewsPerOfficerPerDay} — visa cases an officer adjudicates in a day spent on
 * visas with full local support (&gt; 0);</li>
 * <li>{@code workingDaysPerMonth} — in (0, 31];</li>
 * <li>{@code visaShareOfOfficerTime} — share of consular officer time on visas, in [0, 1];</li>
 * <li>{@code localStaffPerOfficer} — local staff per officer needed for full support, ≥ 0 (0: officers
 * need none);</li>
 * <li>{@code unsupportedProductivity} — share of the full rate an officer reaches with no local
 * staff, in [0, 1];</li>
 * <li>{@code refusalRate} — share of adjudications refused, in [0, 1).</li>
 * </ul>
 */
public record ConsularParameters(ConsularParameter interviewsPerOfficerPerDay, ConsularParameter workingDaysPerMonth,
                                 ConsularParameter visaShareOfOfficerTime, ConsularParameter localStaffPerOfficer,
                                 ConsularParameter unsupportedProductivity, ConsularParameter refusalRate) {
    public ConsularParameters {
        require(interviewsPerOfficerPerDay, "interviewsPerOfficerPerDay", 0, Double.MAX_VALUE, false);
        require(workingDaysPerMonth, "workingDaysPerMonth", 0, 31, false);
        require(visaShareOfOfficerTime, "visaShareOfOfficerTime", 0, 1, true);
        require(localStaffPerOfficer, "localStaffPerOfficer", 0, Double.MAX_VALUE, true);
        require(unsupportedProductivity, "unsupportedProductivity", 0, 1, true);
        require(refusalRate, "refusalRate", 0, 1, true);
        if (refusalRate.value() >= 1) {
            throw new IllegalArgumentException("refusalRate must be below 1 (else no visa is ever issued), got "
                    + refusalRate.value());
        }
    }

    private static void require(ConsularParameter p, String field, double min, double max, boolean minIncluded) {
        Objects.requireNonNull(p, field + " is required");
        double v = p.value();
        if (v > max || v < min || (!minIncluded && v == min)) {
            throw new IllegalArgumentException(field + " must lie in " + (minIncluded ? "[" : "(") + min + ", " + max
                    + "], got " + v);
        }
    }

    /** Every parameter, in the order of the record. */
    public List<ConsularParameter> all() {
        return List.of(interviewsPerOfficerPerDay, workingDaysPerMonth, visaShareOfOfficerTime, localStaffPerOfficer,
                unsupportedProductivity, refusalRate);
    }

    /** The parameters that are assumptions rather than sourced figures, for reports to show. */
    public List<ConsularParameter> assumptions() {
        return all().stream().filter(ConsularParameter::assumption).toList();
    }

    /** Whether any parameter is an assumption. */
    public boolean restsOnAssumptions() {
        return Stream.of(interviewsPerOfficerPerDay, workingDaysPerMonth, visaShareOfOfficerTime,
                localStaffPerOfficer, unsupportedProductivity, refusalRate).anyMatch(ConsularParameter::assumption);
    }
}
