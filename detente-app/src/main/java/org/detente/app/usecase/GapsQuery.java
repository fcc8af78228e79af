package org.detente.app.usecase;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.detente.analysis.ConsularCapacityModel;
import org.detente.analysis.ConsularDemand;
import org.detente.analysis.ConsularOutlook;
import org.detente.analysis.ConsularParameter;
import org.detente.analysis.ConsularStaffing;
import org.detente.analysis.StaffGap;
import org.detente.analysis.StaffGapAnalysis;
import org.detente.scenario.ScenarioWorld;
import org.detente.store.format.ConsularCodec.ConsularData;
import org.detente.store.format.ConsularCodec.DemandFigure;

/**
 * The staffing gaps as of the question's date: each staff target of the roadmap against the
 * levels the ledger reports and, with a consular section, each mission's consular outlook.
 */
public final class GapsQuery {
    private final DyadBases bases;

    public GapsQuery(DyadBases bases) {
        this.bases = Objects.requireNonNull(bases, "bases is required");
    }

    /**
     * The gaps as of {@code question.asOf()}; when {@code section} gives a consular section's
     * staffing, also the outlook of each mission with a demand figure by that date (the latest),
     * under the dataset's consular parameters.
     */
    public Gaps answer(Question question, Optional<ConsularSection> section) {
        DyadBasis basis = bases.basis(question);
        LocalDate asOf = question.asOf();
        List<StaffGap> staff = new StaffGapAnalysis(basis.history()::stateAsOf, basis.staffTargets()).gapsAsOf(asOf);
        return new Gaps(basis, asOf, staff, outlooks(basis, asOf, section, mission -> section.get().staffing()),
                parameters(basis));
    }

    /**
     * The gaps in one world of a scenario, except that the section's staffing is what that world
     * lets each mission use ({@link ConsularStaffing#allowedBy}), so a scenario that lifts a ban or
     * restores visa service shows its effect on capacity.
     */
    static Gaps inWorld(DyadBasis basis, ScenarioWorld world, Optional<ConsularSection> section) {
        List<StaffGap> staff = staffIn(basis, world);
        return new Gaps(basis, world.asOf(), staff, outlooks(basis, world.asOf(), section,
                missionId -> section.get().staffing().allowedBy(world.state(), missionId)), parameters(basis));
    }

    /** The staffing gap of each staff target in a scenario's world. */
    static List<StaffGap> staffIn(DyadBasis basis, ScenarioWorld world) {
        return new StaffGapAnalysis(world.projector()::stateAsOf, basis.staffTargets()).gapsAsOf(world.asOf());
    }

    private static Map<String, ConsularOutlook> outlooks(DyadBasis basis, LocalDate asOf, Optional<ConsularSection> section,
                                                         Function<String, ConsularStaffing> staffingOf) {
        Map<String, ConsularOutlook> outlooks = new LinkedHashMap<>();
        if (section.isPresent() && basis.consular().isPresent()) {
            ConsularCapacityModel model = new ConsularCapacityModel(basis.consular().get().parameters());
            double refusal = basis.consular().get().parameters().refusalRate().value();
            ConsularSection given = section.get();
            latestDemand(basis, asOf).forEach((mission, figure) -> outlooks.put(mission, model.outlook(
                    staffingOf.apply(mission), demand(figure).applicationsPerMonth(refusal), given.backlog(),
                    given.horizonMonths())));
        }
        return outlooks;
    }

    /** A demand figure of the dataset as the core's rule reads it. */
    static ConsularDemand demand(DemandFigure figure) {
        return new ConsularDemand(figure.period().precision(), figure.applicationsPerMonth(), figure.applications(),
                figure.issuedPerMonth(), figure.issued());
    }

    private static List<ConsularParameter> parameters(DyadBasis basis) {
        return basis.consular().map(c -> c.parameters().all()).orElse(List.of());
    }

    /** The latest demand figure of each mission by {@code asOf}. */
    private static Map<String, DemandFigure> latestDemand(DyadBasis basis, LocalDate asOf) {
        Map<String, DemandFigure> latest = new LinkedHashMap<>();
        for (DemandFigure figure : basis.consular().map(ConsularData::demand).orElse(List.of())) {
            if (figure.mission().isPresent() && !figure.period().date().isAfter(asOf)) {
                latest.merge(figure.mission().get().value(), figure,
                        (a, b) -> b.period().date().isBefore(a.period().date()) ? a : b);
            }
        }
        return latest;
    }
}
