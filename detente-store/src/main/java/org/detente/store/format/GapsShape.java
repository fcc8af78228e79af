package org.detente.store.format;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.detente.analysis.ConsularOutlook;
import org.detente.analysis.ConsularParameter;
import org.detente.analysis.ExpectedWait;
import org.detente.analysis.StaffGap;
import org.detente.model.Codes;
import org.detente.model.Dyad;

/**
 * The one JSON shape of the gaps as of a date (documented in docs/json.md): what
 * {@code detente gaps --json} prints and {@code GET /api/dyads/{dyad}/gaps} returns. The staffing
 * gap of each side against the roadmap's staff targets, and the consular capacity of each mission
 * that {@code consular.yaml} describes. Unknown figures are {@code null}, never estimated.
 */
public final class GapsShape {
    private GapsShape() {
    }

    /**
     * The gaps; {@code consular} holds the outlook of each mission by mission id (empty when the
     * dataset has no consular parameters), and {@code parameters} the model's parameters.
     */
    public static Map<String, Object> of(Dyad dyad, LocalDate asOf, Optional<Instant> knownAt, List<StaffGap> staff,
                                         Map<String, ConsularOutlook> consular, List<ConsularParameter> parameters) {
        Map<String, Object> out = ShapeHead.of(dyad, asOf, knownAt);
        out.put("staff", staff.stream().map(GapsShape::staff).toList());
        out.put("consular", consular.entrySet().stream().map(e -> consular(e.getKey(), e.getValue())).toList());
        out.put("parameters", parameters.stream().map(GapsShape::parameter).toList());
        return out;
    }

    private static Map<String, Object> staff(StaffGap gap) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("sending", gap.target().sending().code());
        map.put("category", gap.target().category().map(Codes::of).orElse(null));
        map.put("baselineDate", gap.target().baseline().toString());
        map.put("multiple", RoadmapCodec.number(gap.target().multiple()));
        map.put("targetRange", gap.target().rangeText().orElse(null));
        map.put("status", gap.status().name());
        map.put("baselineLevel", value(gap.baselineLevel()));
        map.put("currentLevel", value(gap.currentLevel()));
        map.put("targetLevel", value(gap.targetLevel()));
        map.put("multipleReached", value(gap.multipleReached()));
        map.put("multipleStillNeeded", value(gap.multipleStillNeeded()));
        map.put("shortfall", value(gap.shortfall()));
        map.put("cap", value(gap.cap()));
        map.put("capHeadroom", value(gap.capHeadroom()));
        map.put("capLeavesRoom", gap.capLeavesRoom().orElse(null));
        map.put("earliestReported", gap.earliestReported().map(f -> {
            Map<String, Object> figure = new LinkedHashMap<>();
            figure.put("total", f.reported().total());
            figure.put("bound", Codes.of(f.bound()));
            figure.put("reportedOn", f.reportedOn().toString());
            figure.put("missions", Codes.of(f.scope().missions()));
            figure.put("staff", Codes.of(f.scope().staff()));
            figure.put("reportedBy", f.reportedBy().isEmpty() ? null : f.reportedBy());
            figure.put("reportedIn", f.reportedIn().value());
            return figure;
        }).orElse(null));
        map.put("targetAgainstEarliest", value(gap.targetAgainstEarliest()));
        return map;
    }

    private static Map<String, Object> consular(String mission, ConsularOutlook outlook) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("mission", mission);
        map.put("officers", outlook.capacity().staffing().officers());
        map.put("localStaff", outlook.capacity().staffing().localStaff());
        map.put("supportFactor", outlook.capacity().supportFactor());
        map.put("capacityPerMonth", outlook.capacity().adjudicationsPerMonth());
        map.put("issuancesPerMonth", outlook.capacity().issuancesPerMonth());
        map.put("demandPerMonth", outlook.demandPerMonth());
        map.put("backlog", outlook.backlogNow());
        map.put("backlogGrowthPerMonth", outlook.backlogGrowthPerMonth());
        map.put("horizonMonths", outlook.horizonMonths());
        map.put("backlogAtHorizon", outlook.backlogAtHorizon());
        map.put("expectedWait", wait(outlook.waitNow()));
        map.put("expectedWaitAtHorizon", wait(outlook.waitAtHorizon()));
        map.put("monthsToClear", value(outlook.monthsToClear()));
        return map;
    }

    /** A wait: {@code months} and {@code days}, or both {@code null} with the {@code reason} it is unbounded. */
    private static Map<String, Object> wait(ExpectedWait wait) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (wait instanceof ExpectedWait.Months m) {
            map.put("months", m.months());
            map.put("days", m.days());
            map.put("unbounded", null);
        } else if (wait instanceof ExpectedWait.Unbounded u) {
            map.put("months", null);
            map.put("days", null);
            map.put("unbounded", u.reason());
        }
        return map;
    }

    private static Map<String, Object> parameter(ConsularParameter parameter) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", parameter.name());
        map.put("value", parameter.value());
        map.put("unit", parameter.unit());
        map.put("assumption", parameter.assumption());
        map.put("confidence", Codes.of(parameter.confidence()));
        map.put("note", parameter.note().isEmpty() ? null : parameter.note());
        map.put("sources", parameter.sources().stream().map(SourceCodec::encode).toList());
        return map;
    }

    private static Object value(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }

    private static Object value(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
