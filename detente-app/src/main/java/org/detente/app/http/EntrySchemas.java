package org.detente.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.detente.ledger.MeasureType;
import org.detente.store.format.FieldFormat;
import org.detente.store.format.MeasureFormat;

/**
 * The {@code Entry} schemas of the OpenAPI document, written from the measure formats the codec
 * reads and writes ({@link MeasureFormat}), so the document cannot drift from the code: one
 * schema per measure type ({@code StaffExpelledEntry}: the shared {@code EntryBase} and the
 * type's own fields), and {@code Entry} as their union, told apart by {@code type}.
 */
final class EntrySchemas {
    static final String BASE = "EntryBase";
    /** The fields every new entry gives (an append's body): {@code NewEntry} adds those of its type. */
    static final String NEW_BASE = "NewEntryBase";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** A day, a month or a year, as {@code occurredOn} and {@code plannedFor} take them. */
    static final String HISTORICAL_DATE_PATTERN = "^\\d{4}(-\\d{2}(-\\d{2})?)?$";

    private EntrySchemas() {
    }

    /** The name of the schema of {@code type}: {@code staff-expelled} is {@code StaffExpelledEntry}. */
    static String name(MeasureType type) {
        return Arrays.stream(type.code().split("-"))
                .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
                .collect(Collectors.joining()) + "Entry";
    }

    /**
     * Puts {@code Entry} and one schema per measure type into {@code schemas}, which must hold
     * {@link #BASE}, and likewise {@code NewEntry}, the body of an append, on {@link #NEW_BASE}: a
     * new entry may leave out what the codec defaults, and gives none of what the ledger sets.
     */
    static void addTo(ObjectNode schemas) {
        for (String base : List.of(BASE, NEW_BASE)) {
            if (!schemas.has(base)) {
                throw new IllegalStateException("the OpenAPI document has no " + base + " schema to build entries on");
            }
        }
        schemas.set("Entry", union(schemas, "", BASE, false, "A ledger entry: the fields every entry has (" + BASE
                + ") and those of its measure type, told apart by `type`."));
        schemas.set("NewEntry", union(schemas, "New", NEW_BASE, true, "A new entry, as an append's body: the fields "
                + "every new entry gives (" + NEW_BASE + ") and those of its measure type, told apart by `type`; a field "
                + "with a default may be left out."));
    }

    /** The union over the measure types of {@code prefix}-named variants on {@code base}, each put into {@code schemas}. */
    private static ObjectNode union(ObjectNode schemas, String prefix, String base, boolean input, String description) {
        ObjectNode union = JSON.objectNode();
        union.put("description", description);
        ArrayNode oneOf = union.putArray("oneOf");
        ObjectNode discriminator = union.putObject("discriminator");
        discriminator.put("propertyName", "type");
        ObjectNode mapping = discriminator.putObject("mapping");
        for (MeasureFormat format : MeasureFormat.all()) {
            String name = prefix + name(format.type());
            String ref = "#/components/schemas/" + name;
            oneOf.addObject().put("$ref", ref);
            mapping.put(format.type().code(), ref);
            schemas.set(name, variant(format, base, input));
        }
        return union;
    }

    /** Whether {@code field} is in the variant's {@code required}: always written when read, given when new. */
    private static boolean required(FieldFormat field, boolean input) {
        return input ? field.presence() == FieldFormat.Presence.REQUIRED : field.presence().alwaysWritten();
    }

    private static ObjectNode variant(MeasureFormat format, String base, boolean input) {
        ObjectNode own = JSON.objectNode();
        own.put("type", "object");
        ArrayNode required = own.putArray("required").add("type");
        ObjectNode properties = own.putObject("properties");
        ObjectNode type = properties.putObject("type");
        type.put("type", "string");
        type.putArray("enum").add(format.type().code());
        for (FieldFormat field : format.fields()) {
            properties.set(field.name(), schema(field, input));
            if (required(field, input)) {
                required.add(field.name());
            }
        }
        // Exactly one of these fields: the schema forbids giving them together (a oneOf here would be read
        // as a second discriminated choice by validators); that one is given is said in the description
        // and checked by the codec.
        if (!format.exactlyOneOf().isEmpty()) {
            ArrayNode together = own.putObject("not").putArray("required");
            format.exactlyOneOf().forEach(together::add);
        }
        ObjectNode variant = JSON.objectNode();
        variant.put("description", "`" + format.type().code() + "`: " + format.description()
                + (format.exactlyOneOf().isEmpty() ? "" : " Exactly one of " + String.join(", ", format.exactlyOneOf())
                + " is given."));
        ArrayNode allOf = variant.putArray("allOf");
        allOf.addObject().put("$ref", "#/components/schemas/" + base);
        allOf.add(own);
        return variant;
    }

    private static ObjectNode schema(FieldFormat field, boolean input) {
        ObjectNode schema = JSON.objectNode();
        schema.put("type", field.type().jsonType());
        if (field.type().format() != null) {
            schema.put("format", field.type().format());
        }
        if (field.type().minimum() != null) {
            schema.put("minimum", field.type().minimum());
        }
        switch (field.type()) {
            case HISTORICAL_DATE -> schema.put("pattern", HISTORICAL_DATE_PATTERN);
            case TEXT_LIST -> schema.putObject("items").put("type", "string");
            case MAPPING -> {
                List<FieldFormat> fields = field.fields();
                ArrayNode required = schema.putArray("required");
                ObjectNode properties = schema.putObject("properties");
                for (FieldFormat nested : fields) {
                    properties.set(nested.name(), schema(nested, input));
                    if (required(nested, input)) {
                        required.add(nested.name());
                    }
                }
                schema.put("additionalProperties", false);
            }
            default -> {
            }
        }
        if (!field.allowed().isEmpty()) {
            ArrayNode values = schema.putArray("enum");
            field.allowed().forEach(values::add);
        }
        schema.put("description", field.description());
        return schema;
    }
}
