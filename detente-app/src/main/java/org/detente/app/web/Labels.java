package org.detente.app.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.detente.ledger.Entry;
import org.detente.model.DyadDefinition;
import org.detente.model.MissionId;
import org.detente.store.format.EntryCodec;

/**
 * Words for codes: status labels with the CSS class that colours them (colour is never the only
 * sign: the label is always shown), and a one-line description of an entry.
 */
final class Labels {
    private Labels() {
    }

    /** {@code SOME_CODE} or {@code some-code} as words: "some code". */
    static String words(String code) {
        return code.toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
    }

    static String words(Enum<?> constant) {
        return words(constant.name());
    }

    /** The CSS tone of a status: good, partial, bad or neutral. */
    static String tone(String status) {
        switch (status.toUpperCase(Locale.ROOT).replace('-', '_')) {
            case "OPERATIONAL", "MET", "ACTIVE", "OPERATING", "FULL", "FULFILLED", "LIFTED", "CONCILIATORY":
                return "good";
            case "LIMITED", "READY", "EMERGENCY_ONLY", "EASED", "OPEN", "NEUTRAL":
                return "partial";
            case "CLOSED", "SEIZED", "SUSPENDED", "BLOCKED", "NONE", "IN_FORCE", "BROKEN", "PUNITIVE":
                return "bad";
            default:
                return "neutral";
        }
    }

    /**
     * What an entry says, as one sentence with its full stop (a quoted position that ends with one
     * keeps its own), with mission ids replaced by their names.
     */
    static String describe(Entry entry, DyadDefinition definition) {
        return org.detente.app.report.GapWords.stop(new org.detente.app.report.EntryWords(definition).describe(entry));
    }

    /** The entry's own fields, named as in the dataset format: the details behind its sentence. */
    static List<Views.Field> fields(Entry entry, DyadDefinition definition) {
        Map<String, Object> fields = EntryCodec.measureFields(entry.measure());
        List<Views.Field> parts = new ArrayList<>();
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            Object value = field.getValue();
            if (value == null || value instanceof List<?> list && list.isEmpty()) {
                continue;
            }
            String text = value instanceof List<?> list ? String.join("; ", list.stream().map(String::valueOf).toList())
                    : String.valueOf(value);
            if (field.getKey().equals("mission")) {
                text = definition.mission(MissionId.of(text)).map(m -> m.name()).orElse(text);
            }
            parts.add(new Views.Field(field.getKey(), text));
        }
        return parts;
    }
}
