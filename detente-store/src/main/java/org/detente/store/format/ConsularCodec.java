package org.detente.store.format;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.detente.analysis.ConsularParameter;
import org.detente.analysis.ConsularParameters;
import org.detente.model.Confidence;
import org.detente.model.Dyad;
import org.detente.model.DyadDefinition;
import org.detente.model.HistoricalDate;
import org.detente.model.Ids;
import org.detente.model.MissionId;
import org.detente.model.Source;

/**
 * Reads {@code consular.yaml} (docs/analyses.md): the parameters of the consular capacity model,
 * each sourced or flagged as an assumption with a note, the demand figures and the observed waits.
 * Every problem is reported as {@code file:line: field: message}; decoding never throws for bad content.
 */
public final class ConsularCodec {
    private static final Set<String> TOP = Set.of("dyad", "parameters", "demand", "observations");
    private static final List<String> PARAMETERS = List.of("interviewsPerOfficerPerDay", "workingDaysPerMonth",
            "visaShareOfOfficerTime", "localStaffPerOfficer", "unsupportedProductivity", "refusalRate");
    private static final Set<String> PARAMETER = Set.of("value", "unit", "confidence", "note", "sources", "assumption");
    private static final Set<String> DEMAND = Set.of("id", "mission", "description", "period", "issued",
            "issuedPerMonth", "applications", "applicationsPerMonth", "confidence", "note", "sources");
    private static final Set<String> OBSERVATION = Set.of("id", "mission", "on", "waitDays", "visaClass",
            "confidence", "note", "sources");

    private ConsularCodec() {
    }

    /** What {@code consular.yaml} holds. */
    public record ConsularData(ConsularParameters parameters, List<DemandFigure> demand,
                               List<WaitObservation> observations) {
        public ConsularData {
            Objects.requireNonNull(parameters, "parameters is required");
            demand = List.copyOf(demand);
            observations = List.copyOf(observations);
        }
    }

    /**
     * A figure of visa demand or issuance over a period (a day, month or year), for one mission or
     * (without one) the whole country; at least one of the four figures is given.
     */
    public record DemandFigure(String id, Optional<MissionId> mission, String description, HistoricalDate period,
                               OptionalDouble issued, OptionalDouble issuedPerMonth, OptionalDouble applications,
                               OptionalDouble applicationsPerMonth, Confidence confidence, List<Source> sources) {
        public DemandFigure {
            Objects.requireNonNull(id, "id is required");
            Objects.requireNonNull(mission, "mission is required (empty for the whole country)");
            Objects.requireNonNull(period, "period is required");
            sources = List.copyOf(sources);
        }
    }

    /** A reported wait for a visa interview at a mission on a date. */
    public record WaitObservation(String id, MissionId mission, HistoricalDate on, int waitDays, String visaClass,
                                  Confidence confidence, String note, List<Source> sources) {
        public WaitObservation {
            Objects.requireNonNull(id, "id is required");
            Objects.requireNonNull(mission, "mission is required");
            Objects.requireNonNull(on, "on is required");
            sources = List.copyOf(sources);
        }
    }

    /** Reads the consular data of {@code definition}'s dyad; empty when anything is wrong. */
    public static Optional<ConsularData> decode(Tree tree, String file, DyadDefinition definition,
                                                List<FormatProblem> problems) {
        FieldReader in = FieldReader.of(tree, file, "", problems);
        if (in == null) {
            return Optional.empty();
        }
        in.rejectUnknown(TOP);
        Dyad dyad = in.parsed("dyad", true, Dyad::parse);
        if (dyad != null && !dyad.equals(definition.dyad())) {
            in.problem("dyad", "consular data is for " + dyad + " but the dataset is " + definition.dyad());
        }
        List<ConsularParameter> parameters = new ArrayList<>();
        FieldReader params = in.has("parameters") ? FieldReader.of(in.mapping().get("parameters"), file, "parameters",
                problems) : null;
        if (!in.has("parameters")) {
            in.problem("parameters", "is required (" + String.join(", ", PARAMETERS) + ")");
        } else if (params != null) {
            params.rejectUnknown(Set.copyOf(PARAMETERS));
            for (String name : PARAMETERS) {
                if (!params.has(name)) {
                    params.problem(name, "is required");
                    continue;
                }
                FieldReader p = FieldReader.of(params.mapping().get(name), file, params.path(name), problems);
                if (p != null) {
                    parameter(name, p, problems).ifPresent(parameters::add);
                }
            }
        }
        List<DemandFigure> demand = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<Tree> demandItems = in.items("demand", false);
        for (int i = 0; i < demandItems.size(); i++) {
            FieldReader d = FieldReader.of(demandItems.get(i), file, "demand[" + i + "]", problems);
            if (d != null) {
                demand(d, definition, ids, problems).ifPresent(demand::add);
            }
        }
        List<WaitObservation> observations = new ArrayList<>();
        List<Tree> observationItems = in.items("observations", false);
        for (int i = 0; i < observationItems.size(); i++) {
            FieldReader o = FieldReader.of(observationItems.get(i), file, "observations[" + i + "]", problems);
            if (o != null) {
                observation(o, definition, ids, problems).ifPresent(observations::add);
            }
        }
        if (!in.ok()) {
            return Optional.empty();
        }
        try {
            ConsularParameters model = new ConsularParameters(parameters.get(0), parameters.get(1), parameters.get(2),
                    parameters.get(3), parameters.get(4), parameters.get(5));
            return Optional.of(new ConsularData(model, demand, observations));
        } catch (IllegalArgumentException e) {
            in.problem("parameters", e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<ConsularParameter> parameter(String name, FieldReader p, List<FormatProblem> problems) {
        p.rejectUnknown(PARAMETER);
        Double value = p.parsed("value", true, ConsularCodec::number);
        String unit = p.text("unit", true);
        Confidence confidence = p.has("confidence") ? p.code("confidence", true, Confidence.class) : Confidence.HIGH;
        String note = p.text("note", false);
        boolean assumption = p.has("assumption") && Boolean.TRUE.equals(p.bool("assumption", true));
        List<Source> sources = p.has("sources") || !assumption ? SourceCodec.decodeAll(p, "sources", problems) : List.of();
        if (!p.ok()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ConsularParameter(name, value, unit, sources, assumption, confidence, note));
        } catch (IllegalArgumentException e) {
            p.problem(assumption ? "note" : "sources", e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<DemandFigure> demand(FieldReader d, DyadDefinition definition, Set<String> ids,
                                                 List<FormatProblem> problems) {
        d.rejectUnknown(DEMAND);
        String id = d.parsed("id", true, text -> Ids.requireValid(text, "id"));
        if (id != null && !ids.add(id)) {
            d.problem("id", "id '" + id + "' is defined twice");
        }
        MissionId mission = mission(d, definition, false);
        String description = d.text("description", false);
        HistoricalDate period = d.historicalDate("period", true);
        OptionalDouble issued = optionalNumber(d, "issued");
        OptionalDouble issuedPerMonth = optionalNumber(d, "issuedPerMonth");
        OptionalDouble applications = optionalNumber(d, "applications");
        OptionalDouble applicationsPerMonth = optionalNumber(d, "applicationsPerMonth");
        if (d.ok() && issued.isEmpty() && issuedPerMonth.isEmpty() && applications.isEmpty()
                && applicationsPerMonth.isEmpty()) {
            d.problem("issued", "a demand figure needs issued, issuedPerMonth, applications or applicationsPerMonth");
        }
        Confidence confidence = d.has("confidence") ? d.code("confidence", true, Confidence.class) : Confidence.HIGH;
        d.text("note", false);
        List<Source> sources = SourceCodec.decodeAll(d, "sources", problems);
        if (!d.ok()) {
            return Optional.empty();
        }
        return Optional.of(new DemandFigure(id, Optional.ofNullable(mission), description == null ? "" : description,
                period, issued, issuedPerMonth, applications, applicationsPerMonth, confidence, sources));
    }

    private static Optional<WaitObservation> observation(FieldReader o, DyadDefinition definition, Set<String> ids,
                                                         List<FormatProblem> problems) {
        o.rejectUnknown(OBSERVATION);
        String id = o.parsed("id", true, text -> Ids.requireValid(text, "id"));
        if (id != null && !ids.add(id)) {
            o.problem("id", "id '" + id + "' is defined twice");
        }
        MissionId mission = mission(o, definition, true);
        HistoricalDate on = o.historicalDate("on", true);
        Integer waitDays = o.count("waitDays", true);
        String visaClass = o.text("visaClass", false);
        Confidence confidence = o.has("confidence") ? o.code("confidence", true, Confidence.class) : Confidence.HIGH;
        String note = o.text("note", false);
        List<Source> sources = SourceCodec.decodeAll(o, "sources", problems);
        if (!o.ok()) {
            return Optional.empty();
        }
        return Optional.of(new WaitObservation(id, mission, on, waitDays, visaClass == null ? "" : visaClass,
                confidence, note == null ? "" : note, sources));
    }

    private static MissionId mission(FieldReader in, DyadDefinition definition, boolean required) {
        MissionId mission = in.parsed("mission", required, MissionId::of);
        if (mission != null && definition.mission(mission).isEmpty()) {
            in.problem("mission", "no mission with id '" + mission + "' in dyad.yaml");
            return null;
        }
        return mission;
    }

    private static OptionalDouble optionalNumber(FieldReader in, String field) {
        Double value = in.parsed(field, false, ConsularCodec::number);
        if (value != null && value < 0) {
            in.problem(field, "must not be negative, got " + value);
            return OptionalDouble.empty();
        }
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    private static Double number(String text) {
        try {
            double value = Double.parseDouble(text);
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a number");
        }
    }

    /** The parameters in the shape of {@code consular.yaml}'s {@code parameters:} (for exports and JSON). */
    public static Map<String, Object> encode(ConsularParameter parameter) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("value", parameter.value());
        out.put("unit", parameter.unit());
        out.put("confidence", org.detente.model.Codes.of(parameter.confidence()));
        if (parameter.assumption()) {
            out.put("assumption", true);
        }
        if (!parameter.note().isEmpty()) {
            out.put("note", parameter.note());
        }
        if (!parameter.sources().isEmpty()) {
            out.put("sources", parameter.sources().stream().map(SourceCodec::encode).toList());
        }
        return out;
    }
}
