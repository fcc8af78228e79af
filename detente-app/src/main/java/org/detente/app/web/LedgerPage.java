package org.detente.app.web;

import java.util.List;
import org.detente.app.web.Views.Badge;
import org.detente.app.web.Views.EntryText;

/**
 * The ledger as a filterable timeline (type, actor, date range, text) up to the date, newest
 * first; each measure links to its response and back, and every source is a link.
 */
public record LedgerPage(Frame frame, Filters filters, List<Option> types, List<Option> actors, List<Item> items,
                         int total, Paging paging, String notice) {
    public LedgerPage {
        types = List.copyOf(types);
        actors = List.copyOf(actors);
        items = List.copyOf(items);
    }

    /** The filters as asked for (empty text: not filtered). */
    public record Filters(String type, String actor, String from, String to, String text) {
    }

    /** An option of a select. */
    public record Option(String value, String label, boolean selected) {
    }

    /** A link to another entry of the timeline, labelled with its date and sentence. */
    public record Link(String id, String label) {
    }

    /** One entry of the timeline: its sentence, with its fields and sources one click away. */
    public record Item(String id, long sequence, String date, String type, Badge stance, String actor, String target,
                       EntryText entry, String note, String confidence, String author, boolean retracted,
                       List<Link> respondsTo, List<Link> answeredBy, String standing) {
    }
}
