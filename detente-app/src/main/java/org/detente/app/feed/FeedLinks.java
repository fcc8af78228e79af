package org.detente.app.feed;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.detente.ledger.EntryId;
import org.detente.model.Source;

/**
 * The addresses a feed gives: the stable id of an entry (a tag URI, RFC 4151, that names the dyad
 * and the entry and never changes with the server's address) and the dashboard pages, absolute
 * under {@code base} (the public address the server is given, else its own address as the request
 * reached it, such as {@code http://localhost:7070}).
 */
public record FeedLinks(String base, String dyad) {
    /** The tagging entity of every id: the name and the year the scheme was set. */
    static final String TAG = "tag:detente,2025:";

    public FeedLinks {
        Objects.requireNonNull(base, "base is required");
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        Objects.requireNonNull(dyad, "dyad is required");
    }

    /** The id of the dyad's ledger as a whole. */
    public String ledgerTag() {
        return TAG + dyad + "/ledger";
    }

    /** The id of one entry, the same in every feed and on every server. */
    public String entryTag(EntryId entry) {
        return TAG + dyad + "/ledger/" + entry.value();
    }

    /** The dashboard's ledger page. */
    public String ledgerPage() {
        return base + "/dyads/" + dyad + "/ledger";
    }

    /** The entry on the dashboard's ledger page: the page filtered to its id, scrolled to it. */
    public String entryPage(EntryId entry) {
        return ledgerPage() + "?q=" + URLEncoder.encode(entry.value(), StandardCharsets.UTF_8) + "#" + entry.value();
    }

    /** A path of this server ({@code /dyads/us-ru/feed.atom}) as an absolute address. */
    public String absolute(String path) {
        return base + path;
    }

    /** A source in words: its title, publisher and date ({@code Title (Publisher, 2025-02-19)}). */
    public static String citation(Source source) {
        return source.title() + " (" + source.publisher() + ", " + source.published() + ")";
    }
}
