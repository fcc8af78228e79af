package org.detente.analysis;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Visas a month that a consular section can handle as a function of its officers and local staff.
 *
 * <pre>
 * support      = min(1, localStaff / (officers × localStaffPerOfficer))   (1 when localStaffPerOfficer = 0)
 * productivity = unsupportedProductivity + (1 − unsupportedProductivity) × support
 * adjudications/month = officers × visaShareOfOfficerTime × interviewsPerOfficerPerDay
 *                       × workingDaysPerMonth × productivity
 * issuances/month     = adjudications/month × (1 − refusalRate)
 * backlog growth      = demand − adjudications           (applications per month)
 * backlog(t)          = max(0, backlog + growth × t)
 * expected wait       = backlog / adjudications          (months; unbounded when adjudications = 0)
 * </pre>
 * Demand and backlog are counted in applications, which adjudications clear whether they end in a
 * visa or a refusal. {@code docs/analyses.md} explains the terms and the parameters' sources.
 */
public final class ConsularCapacityModel {
    private final ConsularParameters parameters;

    /** The model under {@code parameters}. */
    public ConsularCapacityModel(ConsularParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters is required");
    }

    public ConsularParameters parameters() {
        return parameters;
    }

    /** The monthly capacity of a section staffed as given. */
    public ConsularCapacity capacity(ConsularStaffing staffing) {
        Objects.requireNonNull(staffing, "staffing is required");
        double perOfficer = perOfficerMonth();
        double support = support(staffing);
        double u = parameters.unsupportedProductivity().value();
        double productivity = u + (1 - u) * support;
        double adjudications = staffing.officers() * perOfficer * productivity;
        double issuances = adjudications * (1 - parameters.refusalRate().value());
        return new ConsularCapacity(staffing, support, adjudications, issuances);
    }

    /**
     * The outlook of a section facing {@code demandPerMonth} applications with {@code backlog}
     * already waiting, over {@code horizonMonths}.
     */
    public ConsularOutlook outlook(ConsularStaffing staffing, double demandPerMonth, double backlog,
                                   int horizonMonths) {
        requireCount(demandPerMonth, "demandPerMonth");
        requireCount(backlog, "backlog");
        if (horizonMonths < 0) {
            throw new IllegalArgumentException("horizonMonths must not be negative, got " + horizonMonths);
        }
        ConsularCapacity capacity = capacity(staffing);
        double c = capacity.adjudicationsPerMonth();
        double growth = demandPerMonth - c;
        double atHorizon = Math.max(0, backlog + growth * horizonMonths);
        OptionalDouble toClear = backlog == 0 ? OptionalDouble.of(0)
                : growth < 0 ? OptionalDouble.of(backlog / -growth) : OptionalDouble.empty();
        return new ConsularOutlook(capacity, demandPerMonth, backlog, growth, horizonMonths, atHorizon,
                wait(backlog, c), wait(atHorizon, c), toClear);
    }

    /**
     * The fewest officers that adjudicate {@code demandPerMonth} applications with {@code localStaff}
     * local staff; empty when no number of officers can (no officer time on visas, or demand beyond
     * what officers without local support reach when {@code unsupportedProductivity} is 0).
     */
    public OptionalInt officersNeeded(double demandPerMonth, int localStaff) {
        requireCount(demandPerMonth, "demandPerMonth");
        if (localStaff < 0) {
            throw new IllegalArgumentException("localStaff must not be negative, got " + localStaff);
        }
        if (demandPerMonth == 0) {
            return OptionalInt.of(0);
        }
        double perOfficer = perOfficerMonth();
        if (perOfficer == 0) {
            return OptionalInt.empty();
        }
        double k = parameters.localStaffPerOfficer().value();
        double u = parameters.unsupportedProductivity().value();
        double fullySupported = k == 0 ? Double.MAX_VALUE : localStaff / k; // officers the local staff fully support
        double officers = demandPerMonth / perOfficer;
        if (officers > fullySupported) {
            // Beyond full support: A = perOfficer × (u × o + (1 − u) × L / k), solved for o.
            if (u == 0) {
                return OptionalInt.empty();
            }
            officers = (demandPerMonth / perOfficer - (1 - u) * fullySupported) / u;
        }
        int result = (int) Math.ceil(officers - 1e-9);
        // Guard against rounding: the answer must meet the demand.
        while (capacity(new ConsularStaffing(result, localStaff)).adjudicationsPerMonth() < demandPerMonth - 1e-6) {
            result++;
        }
        return OptionalInt.of(result);
    }

    private double perOfficerMonth() {
        return parameters.visaShareOfOfficerTime().value() * parameters.interviewsPerOfficerPerDay().value()
                * parameters.workingDaysPerMonth().value();
    }

    private double support(ConsularStaffing staffing) {
        double k = parameters.localStaffPerOfficer().value();
        if (k == 0 || staffing.officers() == 0) {
            return staffing.officers() == 0 && k > 0 ? 0 : 1;
        }
        return Math.min(1, staffing.localStaff() / (staffing.officers() * k));
    }

    private static ExpectedWait wait(double backlog, double capacity) {
        if (capacity == 0) {
            return new ExpectedWait.Unbounded("no officer time goes to visas, so no application is adjudicated");
        }
        return new ExpectedWait.Months(backlog / capacity);
    }

    private static void requireCount(double value, String field) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite number >= 0, got " + value);
        }
    }
}
