package org.detente.app.web;

import java.util.List;
import org.detente.model.Source;

/** Small view-model pieces that several pages share. */
public final class Views {
    private Views() {
    }

    /** A source as a link: address, title, publisher and date. */
    public record SourceLink(String url, String title, String publisher, String date) {
        static SourceLink of(Source source) {
            return new SourceLink(source.url().toString(), source.title(), source.publisher(),
                    source.published().toString());
        }

        static List<SourceLink> all(List<Source> sources) {
            return sources.stream().map(SourceLink::of).toList();
        }
    }

    /** One field of an entry, named as in the dataset format, with its value in words. */
    public record Field(String name, String value) {
    }

    /**
     * An entry as a reader meets it: its sentence first, and one click away (a {@code <details>})
     * the fields behind the sentence and its sources.
     */
    public record EntryText(String id, String date, String sentence, List<Field> fields, List<SourceLink> sources) {
        public EntryText {
            fields = List.copyOf(fields);
            sources = List.copyOf(sources);
        }

        static EntryText of(org.detente.ledger.Entry entry, org.detente.model.DyadDefinition definition) {
            return new EntryText(entry.id().value(), entry.occurredOn().toString(), Labels.describe(entry, definition),
                    Labels.fields(entry, definition), SourceLink.all(entry.sources()));
        }
    }

    /** A status as text with the tone that colours it; the text is always shown. */
    public record Badge(String label, String tone) {
        static Badge of(String status) {
            return new Badge(Labels.words(status), Labels.tone(status));
        }
    }

    /**
     * A progress bar: {@code percent} from 0 to 100, or -1 when the current figure is unknown, and
     * the text that says it ({@code 3.1× of 25×}).
     */
    public record Bar(int percent, String text) {
        public boolean known() {
            return percent >= 0;
        }
    }

    /** A field's validation message in a form. */
    public record FieldMessage(String field, String message) {
    }
}
