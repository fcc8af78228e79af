package org.detente.app.feed;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import gg.jte.html.escape.Escape;
import gg.jte.output.StringOutput;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.detente.app.report.EntryWords;
import org.detente.ledger.Entry;
import org.detente.model.Codes;
import org.detente.model.Source;
import org.detente.state.LedgerView;

/**
 * The Atom 1.0 feed (RFC 4287) of a dyad's ledger as a view knows it: one item per live entry that
 * occurred by {@code asOf}, newest recorded first (the sequence breaks ties), at most
 * {@value #MAX_ITEMS}. An item's title is the entry's sentence, its content the sentence and its
 * sources as links, its {@code updated} the moment the ledger recorded it, its id the entry's tag
 * URI; the feed's {@code updated} is the newest of those moments.
 */
public final class LedgerAtomFeed {
    /** The most items a feed carries; a reader that follows it sees every new entry long before that. */
    public static final int MAX_ITEMS = 200;
    static final String ATOM_TYPE = "application/atom+xml";

    private final LedgerView view;
    private final EntryWords words;
    private final FeedLinks links;

    public LedgerAtomFeed(LedgerView view, EntryWords words, FeedLinks links) {
        this.view = view;
        this.words = words;
        this.links = links;
    }

    /** The entries an item is made of, newest recorded first. */
    List<Entry> items(LocalDate asOf) {
        return view.liveEntriesBy(asOf).stream()
                .sorted(Comparator.comparing(Entry::recordedAt).thenComparingLong(Entry::sequence).reversed())
                .limit(MAX_ITEMS)
                .toList();
    }

    /**
     * The feed as XML. {@code selfPath} is the path and query the feed was asked for, so that the
     * {@code self} link gives it back as asked.
     */
    public String write(LocalDate asOf, String selfPath, String dyadName) {
        List<Entry> items = items(asOf);
        Feed feed = new Feed("atom_1.0");
        feed.setId(links.ledgerTag());
        feed.setTitle(dyadName + ": ledger · détente");
        feed.setUpdated(Date.from(items.stream().map(Entry::recordedAt).max(Comparator.naturalOrder())
                .orElse(Instant.EPOCH)));
        feed.setAlternateLinks(List.of(link("alternate", "text/html", links.ledgerPage(), "The ledger on the dashboard")));
        feed.setOtherLinks(List.of(link("self", ATOM_TYPE, links.absolute(selfPath), null)));
        feed.setAuthors(List.of(person("détente")));
        Generator generator = new Generator();
        generator.setValue("détente");
        feed.setGenerator(generator);
        List<com.rometools.rome.feed.atom.Entry> entries = new ArrayList<>();
        for (Entry entry : items) {
            entries.add(item(entry));
        }
        feed.setEntries(entries);
        try {
            return new WireFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("the Atom feed of " + links.dyad() + " could not be written: "
                    + e.getMessage(), e);
        }
    }

    private com.rometools.rome.feed.atom.Entry item(Entry entry) {
        String sentence = words.describe(entry) + ".";
        com.rometools.rome.feed.atom.Entry item = new com.rometools.rome.feed.atom.Entry();
        item.setId(links.entryTag(entry.id()));
        item.setTitle(sentence);
        item.setUpdated(Date.from(entry.recordedAt()));
        item.setAuthors(List.of(person(entry.author())));
        item.setAlternateLinks(List.of(link("alternate", "text/html", links.entryPage(entry.id()), null)));
        List<Link> related = new ArrayList<>();
        for (Source source : entry.sources()) {
            related.add(link("related", null, source.url().toString(), source.title()));
        }
        item.setOtherLinks(related);
        Category category = new Category();
        category.setTerm(Codes.of(entry.type()));
        item.setCategories(List.of(category));
        Content content = new Content();
        content.setType(Content.HTML);
        content.setValue(html(entry, sentence));
        item.setContents(List.of(content));
        return item;
    }

    /** The sentence, when it occurred, and the sources as a list of links. */
    private static String html(Entry entry, String sentence) {
        StringOutput out = new StringOutput();
        out.writeContent("<p>");
        Escape.htmlContent(sentence, out);
        out.writeContent(" <small>(occurred " + entry.occurredOn() + ")</small></p><p>Sources:</p><ul>");
        for (Source source : entry.sources()) {
            out.writeContent("<li><a href=\"");
            Escape.htmlAttribute(source.url().toString(), out);
            out.writeContent("\">");
            Escape.htmlContent(FeedLinks.citation(source), out);
            out.writeContent("</a></li>");
        }
        out.writeContent("</ul>");
        return out.toString();
    }

    private static Link link(String rel, String type, String href, String title) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        link.setTitle(title);
        return link;
    }

    private static SyndPerson person(String name) {
        Person person = new Person();
        person.setName(name);
        return person;
    }
}
