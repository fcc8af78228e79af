package org.detente.store.format;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.detente.model.Codes;

/**
 * One field of a measure as datasets, request bodies and the API write it: its name, the type of
 * its value, whether it must be given, the values it may take and what it means. {@link MeasureFormat}
 * lists these per measure type, so the codec, the OpenAPI document and the entry form read one description.
 *
 * @param allowed the accepted codes of a coded field, in order; empty when any value of the type is accepted
 * @param fields  the fields of a {@link ValueType#MAPPING}; empty otherwise
 */
public record FieldFormat(String name, ValueType type, Presence presence, List<String> allowed, String description,
                          List<FieldFormat> fields) {

    /** The value of a field, as a JSON (and YAML) type with the bounds the codec checks. */
    public enum ValueType {
        /** Free text. */
        TEXT("string", null, null),
        /** The id of something the dyad defines or an earlier entry created (a mission, a sanction, an entry). */
        ID("string", null, null),
        /** A whole number of zero or more. */
        COUNT("integer", null, 0),
        /** A whole number of one or more. */
        POSITIVE_COUNT("integer", null, 1),
        /** A number, possibly with a fraction. */
        NUMBER("number", null, null),
        BOOLEAN("boolean", null, null),
        /** A day, {@code YYYY-MM-DD}. */
        DATE("string", "date", null),
        /** A day, a month or a year: {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}. */
        HISTORICAL_DATE("string", null, null),
        /** A list of text (or of ids). */
        TEXT_LIST("array", null, null),
        /** A mapping of named fields of its own. */
        MAPPING("object", null, null);

        private final String jsonType;
        private final String format;
        private final Integer minimum;

        ValueType(String jsonType, String format, Integer minimum) {
            this.jsonType = jsonType;
            this.format = format;
            this.minimum = minimum;
        }

        /** The JSON Schema type: string, integer, number, boolean, array or object. */
        public String jsonType() {
            return jsonType;
        }

        /** The JSON Schema format ({@code date}), or null. */
        public String format() {
            return format;
        }

        /** The least value accepted, or null when there is none. */
        public Integer minimum() {
            return minimum;
        }
    }

    /** Whether a field must be given, and whether the codec writes it when it was not. */
    public enum Presence {
        /** Must be given; always written. */
        REQUIRED,
        /** May be left out (a default applies, or an empty list); always written. */
        DEFAULTED,
        /** May be left out; written only when known. */
        OPTIONAL;

        /** Whether the encoder writes the field for every measure of its type. */
        public boolean alwaysWritten() {
            return this != OPTIONAL;
        }
    }

    public FieldFormat {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(presence, "presence");
        allowed = List.copyOf(allowed);
        fields = List.copyOf(fields);
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("field " + name + " needs a description");
        }
        if (type == ValueType.MAPPING && fields.isEmpty()) {
            throw new IllegalArgumentException("mapping " + name + " needs its fields");
        }
    }

    /** The names of the fields of a mapping, in order. */
    public Set<String> fieldNames() {
        Set<String> names = new LinkedHashSet<>();
        fields.forEach(f -> names.add(f.name()));
        return names;
    }

    static FieldFormat of(String name, ValueType type, Presence presence, String description) {
        return new FieldFormat(name, type, presence, List.of(), description, List.of());
    }

    /** A field whose value is the code of a constant of {@code codes} ({@code admin-technical}). */
    static FieldFormat coded(String name, Class<? extends Enum<?>> codes, Presence presence, String description) {
        return new FieldFormat(name, ValueType.TEXT, presence,
                Arrays.stream(codes.getEnumConstants()).map(Codes::of).toList(), description, List.of());
    }

    static FieldFormat mapping(String name, Presence presence, String description, FieldFormat... fields) {
        return new FieldFormat(name, ValueType.MAPPING, presence, List.of(), description, List.of(fields));
    }
}
