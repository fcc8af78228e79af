package org.detente.app.web;

import java.util.List;
import org.detente.app.web.Views.FieldMessage;

/**
 * The form to record a development (one entry of any type, with sources) and the form to retract
 * an entry, with each field's value and validation message. {@code allowed} is false when the
 * visitor is not an editor; {@code reason} then says why.
 */
public record RecordPage(Frame frame, boolean allowed, String reason, String type, List<Field> common,
                         List<Field> typeFields, List<List<Field>> sources, List<FieldMessage> errors,
                         List<Field> retraction, List<FieldMessage> retractionErrors, List<String> entryIds) {
    public RecordPage {
        common = List.copyOf(common);
        typeFields = List.copyOf(typeFields);
        sources = List.copyOf(sources);
        errors = List.copyOf(errors);
        retraction = List.copyOf(retraction);
        retractionErrors = List.copyOf(retractionErrors);
        entryIds = List.copyOf(entryIds);
    }

    /**
     * One control: its name (the entry field it fills, e.g. {@code sources[0].url}), label, kind
     * ({@code text}, {@code number}, {@code date}, {@code select}, {@code textarea}, {@code lines}),
     * current value, message when invalid, options for a select, whether required, and a hint.
     */
    public record Field(String name, String id, String label, String kind, String value, String error,
                        List<LedgerPage.Option> options, boolean required, String hint) {
        public boolean invalid() {
            return !error.isEmpty();
        }
    }
}
