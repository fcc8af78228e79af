package org.detente.app.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.detente.ledger.Entry;
import org.detente.ledger.MeasureType;
import org.detente.model.AirLink;
import org.detente.model.Channel;
import org.detente.model.Codes;
import org.detente.model.Condition;
import org.detente.model.Confidence;
import org.detente.model.Country;
import org.detente.model.DyadDefinition;
import org.detente.model.Mission;
import org.detente.model.RestrictionKind;
import org.detente.model.SanctionTargetKind;
import org.detente.model.StaffCategory;
import org.detente.model.Track;
import org.detente.model.VisaIssuance;
import org.detente.store.format.FieldFormat;
import org.detente.store.format.MeasureFormat;
import org.detente.store.format.Tree;

/**
 * The record form: which fields each entry type has (its {@link MeasureFormat}: a hand-made layout
 * for the common types, the format's own description for the rest), the form's
 * values and messages, and the turning of a submitted form into the entry document that
 * {@link org.detente.store.format.EntryCodec} reads, so the form is validated by the same rules as
 * files and API bodies.
 */
final class RecordPresenter {
    static final int SOURCE_ROWS = 2;
    private static final String[] SOURCE_FIELDS = {"url", "title", "publisher", "date"};

    private RecordPresenter() {
    }

    /** The names of the common fields of every entry, in form order. */
    static final List<String> COMMON = List.of("actor", "target", "occurredOn", "respondsTo", "confidence", "note");

    static RecordPage present(Frame frame, DyadDefinition definition, List<Entry> entries, String type,
                              Map<String, String> values, Map<String, String> errors, Map<String, String> retractValues,
                              Map<String, String> retractErrors, boolean allowed, String reason) {
        MeasureType measureType = MeasureType.fromCode(type).filter(t -> t != MeasureType.RETRACTION)
                .orElse(MeasureType.STAFF_EXPELLED);
        Function<String, String> value = name -> values.getOrDefault(name, "");
        Function<String, String> error = name -> errors.getOrDefault(name, "");
        List<LedgerPage.Option> countries = new ArrayList<>();
        for (Country c : List.of(definition.dyad().first(), definition.dyad().second())) {
            countries.add(new LedgerPage.Option(c.code(), definition.nameOf(c), false));
        }
        List<RecordPage.Field> common = new ArrayList<>();
        List<LedgerPage.Option> types = new ArrayList<>();
        for (MeasureType t : MeasureType.values()) {
            if (t != MeasureType.RETRACTION) {
                types.add(new LedgerPage.Option(t.code(), Labels.words(t.code()), false));
            }
        }
        common.add(field("type", "Type of entry", "select", measureType.code(), error.apply("type"), types, true,
                "The form shows the fields of this type."));
        common.add(field("actor", "Actor (the country that acts)", "select", value.apply("actor"), error.apply("actor"),
                countries, true, ""));
        common.add(field("target", "Target (the other country)", "select",
                values.getOrDefault("target", countries.get(1).value()), error.apply("target"), countries, true, ""));
        common.add(field("occurredOn", "Occurred on", "text", value.apply("occurredOn"), error.apply("occurredOn"),
                List.of(), true, "YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known"));
        common.add(field("respondsTo", "Responds to (entry id, optional)", "text", value.apply("respondsTo"),
                error.apply("respondsTo"), List.of(), false, ""));
        common.add(field("confidence", "Confidence", "select", values.getOrDefault("confidence", "high"),
                error.apply("confidence"), options(Confidence.class), false, ""));
        common.add(field("note", "Note (context, caveats)", "textarea", value.apply("note"), error.apply("note"),
                List.of(), false, ""));
        List<List<RecordPage.Field>> sources = new ArrayList<>();
        for (int i = 0; i < SOURCE_ROWS; i++) {
            List<RecordPage.Field> row = new ArrayList<>();
            for (String part : SOURCE_FIELDS) {
                String name = "sources[" + i + "]." + part;
                String label = (part.equals("url") ? "Address (URL)" : part.equals("date") ? "Published on"
                        : part.substring(0, 1).toUpperCase() + part.substring(1));
                row.add(field(name, label, part.equals("date") ? "date" : part.equals("url") ? "url" : "text",
                        value.apply(name), error.apply(name), List.of(), i == 0, ""));
            }
            sources.add(row);
        }
        List<Views.FieldMessage> messages = new ArrayList<>();
        errors.forEach((f, m) -> messages.add(new Views.FieldMessage(f, m)));
        List<String> ids = new ArrayList<>();
        List<LedgerPage.Option> suggestions = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0 && ids.size() < 200; i--) {
            Entry entry = entries.get(i);
            ids.add(entry.id().value());
            suggestions.add(new LedgerPage.Option(entry.id().value(), entry.occurredOn() + " " + entry.actor().code() + " "
                    + Labels.words(entry.type().code()), false));
        }
        List<RecordPage.Field> retraction = List.of(
                field("retracts", "Entry to retract (id)", "text", retractValues.getOrDefault("retracts", ""),
                        retractErrors.getOrDefault("retracts", ""), suggestions, true,
                        "The id shown under each entry of the ledger; the latest 200 are suggested as you type"),
                field("reason", "Reason", "textarea", retractValues.getOrDefault("reason", ""),
                        retractErrors.getOrDefault("reason", ""), List.of(), true, ""));
        List<Views.FieldMessage> retractMessages = new ArrayList<>();
        retractErrors.forEach((f, m) -> retractMessages.add(new Views.FieldMessage(f, m)));
        return new RecordPage(frame, allowed, reason, measureType.code(), common,
                typeFields(measureType, definition, values, errors), sources, messages, retraction, retractMessages, ids);
    }

    /** The fields of one entry type. */
    static List<RecordPage.Field> typeFields(MeasureType type, DyadDefinition definition, Map<String, String> values,
                                             Map<String, String> errors) {
        List<RecordPage.Field> fields = new ArrayList<>();
        MeasureFormat format = MeasureFormat.of(type);
        Field f = new Field(format, values, errors, fields);
        List<LedgerPage.Option> missions = new ArrayList<>();
        for (Mission m : definition.missions()) {
            missions.add(new LedgerPage.Option(m.id().value(), m.name(), false));
        }
        switch (type) {
            case STAFF_EXPELLED, STAFF_DEPARTED, STAFF_ACCREDITED, VISA_DENIED, VISA_GRANTED, VISA_EXTENDED -> {
                f.add("count", "Number of people", "number", List.of());
                f.add("category", "Category of staff", "select", options(StaffCategory.class));
                f.add("mission", "Mission (optional)", "select", withNone(missions));
            }
            case STAFF_CAP_SET -> f.add("cap", "Cap (the most staff allowed in total)", "number", List.of());
            case STAFF_LEVEL_REPORTED -> {
                f.add("total", "Total", "number", List.of());
                f.add("diplomatic", "Diplomatic", "number", List.of());
                f.add("adminTechnical", "Administrative and technical", "number", List.of());
                f.add("local", "Local staff", "number", List.of());
            }
            case MISSION_OPENED, MISSION_LIMITED, MISSION_SUSPENDED, MISSION_CLOSED, MISSION_SEIZED, MISSION_RETURNED,
                    MISSION_REOPENED -> f.add("mission", "Mission", "select", missions);
            case RESTRICTION_IMPOSED -> {
                f.add("restriction", "Restriction id (new)", "text", List.of());
                f.add("kind", "Kind", "select", options(RestrictionKind.class));
                f.add("description", "Description", "textarea", List.of());
            }
            case RESTRICTION_LIFTED -> f.add("restriction", "Restriction id", "text", List.of());
            case CHANNEL_SUSPENDED, CHANNEL_RESTORED -> {
                List<LedgerPage.Option> channels = new ArrayList<>();
                for (Channel c : definition.channels()) {
                    channels.add(new LedgerPage.Option(c.id().value(), c.between(), false));
                }
                f.add("channel", "Channel", "select", channels);
            }
            case VISA_SERVICE_CHANGED -> {
                f.add("mission", "Mission", "select", missions);
                f.add("level", "Visa issuance", "select", options(VisaIssuance.class));
                f.add("monthlyCapacity", "Visas a month (optional)", "number", List.of());
            }
            case AIR_LINK_SUSPENDED, AIR_LINK_RESUMED -> {
                List<LedgerPage.Option> links = new ArrayList<>();
                for (AirLink a : definition.airLinks()) {
                    links.add(new LedgerPage.Option(a.id().value(), a.route(), false));
                }
                f.add("airLink", "Air route", "select", links);
            }
            case SANCTION_IMPOSED -> {
                f.add("sanction", "Sanction id (new)", "text", List.of());
                f.add("sanctionTarget", "What is sanctioned", "text", List.of());
                f.add("targetKind", "Kind of target", "select", options(SanctionTargetKind.class));
                f.add("description", "Description", "textarea", List.of());
            }
            case SANCTION_EASED, SANCTION_LIFTED -> f.add("sanction", "Sanction id", "text", List.of());
            case TALKS_HELD -> {
                f.add("venue", "Venue", "text", List.of());
                f.add("delegations", "Delegations (one a line)", "lines", List.of());
                f.add("agenda", "Agenda (one item a line)", "lines", List.of());
                f.add("outcome", "Outcome", "textarea", List.of());
                f.add("tracks", "Tracks (ids, one a line)", "lines", List.of());
            }
            case COMMITMENT_MADE -> {
                f.add("commitment", "Commitment id (new)", "text", List.of());
                f.add("content", "What was committed", "textarea", List.of());
                f.add("due", "Due (YYYY-MM-DD, optional)", "date", List.of());
                f.add("track", "Track (optional)", "select", withNone(tracks(definition)));
            }
            case COMMITMENT_FULFILLED, COMMITMENT_BROKEN -> f.add("commitment", "Commitment id", "text", List.of());
            case STATEMENT -> {
                f.add("speaker", "Speaker", "text", List.of());
                f.add("position", "Position", "textarea", List.of());
                f.add("track", "Track (optional)", "select", withNone(tracks(definition)));
            }
            case CONDITION_CHANGED -> {
                List<LedgerPage.Option> conditions = new ArrayList<>();
                for (Condition c : definition.conditions()) {
                    conditions.add(new LedgerPage.Option(c.id().value(), c.description(), false));
                }
                f.add("condition", "Condition", "select", conditions);
                f.add("holds", "Holds now", "select", List.of(new LedgerPage.Option("true", "yes", false),
                        new LedgerPage.Option("false", "no", false)));
            }
            default -> {
                // The rest is asked for as the format describes it, below.
            }
        }
        for (FieldFormat field : format.fields()) {
            boolean asked = fields.stream().anyMatch(given -> given.name().equals(field.name()));
            if (!asked && field.type() != FieldFormat.ValueType.MAPPING) {
                described(field, definition, missions, f);
            }
        }
        return fields;
    }

    /** A field as its format describes it: a choice of the dyad's ids or of the allowed codes, or free input. */
    private static void described(FieldFormat field, DyadDefinition definition, List<LedgerPage.Option> missions,
                                  Field f) {
        boolean required = field.presence() == FieldFormat.Presence.REQUIRED;
        String label = field.description().replaceAll("\\.$", "") + (required ? "" : " (optional)");
        List<LedgerPage.Option> choices = new ArrayList<>();
        field.allowed().forEach(code -> choices.add(new LedgerPage.Option(code, Labels.words(code), false)));
        if (field.type() == FieldFormat.ValueType.BOOLEAN) {
            choices.add(new LedgerPage.Option("true", "yes", false));
            choices.add(new LedgerPage.Option("false", "no", false));
        } else if (field.type() == FieldFormat.ValueType.ID && field.name().equals("mission")) {
            choices.addAll(missions);
        } else if (field.type() == FieldFormat.ValueType.ID && field.name().equals("channel")) {
            definition.channels().forEach(c -> choices.add(new LedgerPage.Option(c.id().value(), c.between(), false)));
        } else if (field.type() == FieldFormat.ValueType.ID && field.name().equals("track")) {
            choices.addAll(tracks(definition));
        }
        if (!choices.isEmpty()) {
            f.add(field.name(), label, "select", required ? choices : withNone(choices));
            return;
        }
        String kind = switch (field.type()) {
            case COUNT, POSITIVE_COUNT, NUMBER -> "number";
            case DATE -> "date";
            case TEXT_LIST -> "lines";
            default -> "text";
        };
        f.add(field.name(), label, kind, List.of());
    }

    /** The entry document of a submitted form: only the fields of its type, blank ones left out. */
    static Tree document(MeasureType type, Map<String, String> form, DyadDefinition definition) {
        Map<String, Tree> fields = new LinkedHashMap<>();
        fields.put("type", scalar(type.code()));
        for (String name : COMMON) {
            String value = form.getOrDefault(name, "").trim();
            if (!value.isEmpty()) {
                fields.put(name, scalar(value));
            }
        }
        MeasureFormat format = MeasureFormat.of(type);
        for (RecordPage.Field field : typeFields(type, definition, Map.of(), Map.of())) {
            String value = form.getOrDefault(field.name(), "").trim();
            if (value.isEmpty()) {
                continue;
            }
            if (format.field(field.name()).map(f -> f.type() == FieldFormat.ValueType.TEXT_LIST).orElse(false)) {
                List<Tree> items = new ArrayList<>();
                for (String line : value.split("\\R")) {
                    if (!line.isBlank()) {
                        items.add(scalar(line.trim()));
                    }
                }
                fields.put(field.name(), new Tree.Sequence(items, 0));
            } else {
                fields.put(field.name(), scalar(value));
            }
        }
        List<Tree> sources = new ArrayList<>();
        for (int i = 0; i < SOURCE_ROWS; i++) {
            Map<String, Tree> source = new LinkedHashMap<>();
            for (String part : SOURCE_FIELDS) {
                String value = form.getOrDefault("sources[" + i + "]." + part, "").trim();
                if (!value.isEmpty()) {
                    source.put(part, scalar(value));
                }
            }
            if (i == 0 || !source.isEmpty()) {
                sources.add(new Tree.Mapping(source, Map.of(), 0));
            }
        }
        fields.put("sources", new Tree.Sequence(sources, 0));
        return new Tree.Mapping(fields, Map.of(), 0);
    }

    private static Tree scalar(String value) {
        return new Tree.Scalar(value, true, 0);
    }

    private static List<LedgerPage.Option> tracks(DyadDefinition definition) {
        List<LedgerPage.Option> tracks = new ArrayList<>();
        for (Track t : definition.tracks()) {
            tracks.add(new LedgerPage.Option(t.id().value(), t.title(), false));
        }
        return tracks;
    }

    private static List<LedgerPage.Option> withNone(List<LedgerPage.Option> options) {
        List<LedgerPage.Option> all = new ArrayList<>();
        all.add(new LedgerPage.Option("", "none", false));
        all.addAll(options);
        return all;
    }

    private static <E extends Enum<E>> List<LedgerPage.Option> options(Class<E> type) {
        List<LedgerPage.Option> options = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            options.add(new LedgerPage.Option(Codes.of(constant), Labels.words(constant), false));
        }
        return options;
    }

    private static RecordPage.Field field(String name, String label, String kind, String value, String error,
                                          List<LedgerPage.Option> options, boolean required, String hint) {
        List<LedgerPage.Option> marked = new ArrayList<>();
        for (LedgerPage.Option o : options) {
            marked.add(new LedgerPage.Option(o.value(), o.label(), o.value().equals(value)));
        }
        return new RecordPage.Field(name, "f-" + name.replaceAll("[^A-Za-z0-9]", "-"), label, kind, value, error,
                marked, required, hint);
    }

    /**
     * Adds fields of a type with their submitted values and messages; a field is required when its
     * format says so.
     */
    private record Field(MeasureFormat format, Map<String, String> values, Map<String, String> errors,
                         List<RecordPage.Field> into) {
        void add(String name, String label, String kind, List<LedgerPage.Option> options) {
            FieldFormat described = format.field(name).orElseThrow(() -> new IllegalArgumentException(
                    format.type().code() + " has no field " + name));
            into.add(field(name, label, kind, values.getOrDefault(name, ""), errors.getOrDefault(name, ""), options,
                    described.presence() == FieldFormat.Presence.REQUIRED, ""));
        }
    }

    static Optional<MeasureType> type(String code) {
        return MeasureType.fromCode(code).filter(t -> t != MeasureType.RETRACTION);
    }
}
