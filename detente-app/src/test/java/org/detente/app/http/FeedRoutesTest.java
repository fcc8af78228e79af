package org.detente.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.ICalDate;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The feeds of a dyad over real HTTP, on a small ledger: six bundled entries (the March 2018
 * expulsions, the Trump–Putin call, the Riyadh talks and a commitment made there, the first
 * Istanbul round), then, recorded at {@link ApiFixture#NOW}, a commitment due on 15 July 2025, an
 * announced round for 1 July 2025, and the retraction of the Istanbul round. The Atom document is
 * read twice: by the JDK's own XML parser, checked against RFC 4287's required elements, and by
 * ROME's {@link SyndFeedInput}; the calendar, written with ical4j, is read by biweekly, and must
 * parse without a warning and validate as iCalendar 2.0.
 */
class FeedRoutesTest {
    static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    static final String BEFORE_THE_WRITES = "2025-06-01T11:00:00Z";
    static final String SOURCE = """
            "sources": [{"url": "https://example.org/feeds", "title": "A report <with> marks & more", "publisher": "Example",
                         "date": "2025-05-30"}]""";
    static final String COMMITMENT = """
            {"id": "2025-05-30-ru-commits-staff-list", "type": "commitment-made", "actor": "RU", "target": "US",
             "occurredOn": "2025-05-30", "commitment": "staff-list-2025", "content": "Send the list of staff to accredit",
             "due": "2025-07-15", %s}""".formatted(SOURCE);
    static final String ANNOUNCEMENT = """
            {"id": "2025-05-30-third-round-announced", "type": "talks-announced", "actor": "US", "target": "RU",
             "occurredOn": "2025-05-30", "venue": "Istanbul", "plannedFor": "2025-07-01", "format": "round",
             "tracks": ["diplomatic-relations"], %s}""".formatted(SOURCE);

    static ApiFixture api;

    @BeforeAll
    static void start() {
        api = ApiFixture.withEntries("2018-03-26-us-expels-60", "2018-03-29-ru-expels-60", "2025-02-12-trump-putin-call",
                "2025-02-18-riyadh-talks", "2025-02-18-us-commits-restore-missions", "2025-02-27-istanbul-round-1");
        for (String body : List.of(COMMITMENT, ANNOUNCEMENT)) {
            ApiFixture.Response written = api.post("/api/dyads/us-ru/ledger", body, ApiFixture.bearer(ApiFixture.EDITOR));
            assertThat(written.status()).as(written.body()).isEqualTo(201);
        }
        ApiFixture.Response retracted = api.post("/api/dyads/us-ru/ledger/2025-02-27-istanbul-round-1/retraction",
                "{\"reason\": \"a test of the feeds\"}", ApiFixture.bearer(ApiFixture.EDITOR));
        assertThat(retracted.status()).as(retracted.body()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    static Document xml(String body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(body)));
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element e && ATOM_NS.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    static String only(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as("exactly one atom:" + name + " in atom:" + parent.getLocalName()).hasSize(1);
        return found.get(0).getTextContent().trim();
    }

    static SyndFeed rome(String body) throws Exception {
        return new SyndFeedInput().build(new StringReader(body));
    }

    static List<String> ids(SyndFeed feed) {
        return feed.getEntries().stream().map(SyndEntry::getUri).toList();
    }

    static String tag(String entry) {
        return "tag:detente,2025:us-ru/ledger/" + entry;
    }

    @Test
    void the_atom_feed_is_atom_1_0_with_every_required_element() throws Exception {
        ApiFixture.Response feed = api.get("/dyads/us-ru/feed.atom");

        assertThat(feed.status()).as(feed.body()).isEqualTo(200);
        assertThat(feed.contentType()).isEqualToIgnoringWhitespace("application/atom+xml;charset=utf-8");
        Element root = xml(feed.body()).getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM_NS);
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(only(root, "id")).isEqualTo("tag:detente,2025:us-ru/ledger");
        assertThat(only(root, "title")).contains("United States").contains("Russia");
        OffsetDateTime.parse(only(root, "updated"));
        assertThat(children(root, "author")).isNotEmpty();
        assertThat(children(root, "link")).anySatisfy(link -> {
            assertThat(link.getAttribute("rel")).isEqualTo("self");
            assertThat(link.getAttribute("href")).endsWith("/dyads/us-ru/feed.atom");
        });
        HashSet<String> seen = new HashSet<>();
        for (Element entry : children(root, "entry")) {
            assertThat(seen.add(only(entry, "id"))).as("ids are unique").isTrue();
            assertThat(only(entry, "title")).endsWith(".");
            OffsetDateTime.parse(only(entry, "updated"));
            assertThat(children(entry, "link")).anySatisfy(link -> assertThat(link.getAttribute("rel")).isEqualTo("alternate"));
        }
    }

    @Test
    void the_atom_feed_lists_the_live_entries_newest_recorded_first_without_the_retracted_round() throws Exception {
        SyndFeed feed = rome(api.get("/dyads/us-ru/feed.atom").body());

        assertThat(ids(feed)).containsExactly(tag("2025-05-30-third-round-announced"),
                tag("2025-05-30-ru-commits-staff-list"), tag("2025-02-18-us-commits-restore-missions"),
                tag("2025-02-18-riyadh-talks"), tag("2025-02-12-trump-putin-call"), tag("2018-03-29-ru-expels-60"),
                tag("2018-03-26-us-expels-60"));
        assertThat(feed.getPublishedDate()).isEqualTo(java.util.Date.from(ApiFixture.NOW));
        assertThat(feed.getEntries().get(0).getUpdatedDate()).isEqualTo(java.util.Date.from(ApiFixture.NOW));
        assertThat(feed.getEntries()).noneMatch(e -> e.getTitle().contains("Istanbul, Türkiye"));
    }

    @Test
    void an_expulsion_reads_as_its_sentence_with_its_sources_as_links() throws Exception {
        SyndFeed feed = rome(api.get("/dyads/us-ru/feed.atom").body());
        SyndEntry expulsion = feed.getEntries().get(feed.getEntries().size() - 1);

        assertThat(expulsion.getTitle()).startsWith("United States expelled 60");
        assertThat(expulsion.getLink()).contains("/dyads/us-ru/ledger?q=2018-03-26-us-expels-60#2018-03-26-us-expels-60");
        List<String> related = expulsion.getLinks().stream().filter(l -> "related".equals(l.getRel()))
                .map(SyndLink::getHref).toList();
        assertThat(related).isNotEmpty().allMatch(href -> href.startsWith("http"));
        String html = expulsion.getContents().get(0).getValue();
        assertThat(html).contains("United States expelled 60").contains("<a href=\"" + related.get(0) + "\"");
    }

    @Test
    void a_source_title_with_markup_characters_is_escaped_in_the_content() throws Exception {
        SyndFeed feed = rome(api.get("/dyads/us-ru/feed.atom").body());

        assertThat(feed.getEntries().get(0).getContents().get(0).getValue())
                .contains("A report &lt;with&gt; marks &amp; more");
    }

    @Test
    void the_atom_feed_as_known_before_the_writes_has_neither_new_entry_and_still_the_istanbul_round() throws Exception {
        SyndFeed feed = rome(api.get("/dyads/us-ru/feed.atom?knownAt=" + BEFORE_THE_WRITES).body());

        assertThat(ids(feed)).hasSize(6).startsWith(tag("2025-02-27-istanbul-round-1"))
                .doesNotContain(tag("2025-05-30-ru-commits-staff-list"), tag("2025-05-30-third-round-announced"));
    }

    @Test
    void the_atom_feed_as_of_a_date_has_only_what_occurred_by_then() throws Exception {
        SyndFeed feed = rome(api.get("/dyads/us-ru/feed.atom?asOf=2018-12-31").body());

        assertThat(ids(feed)).containsExactly(tag("2018-03-29-ru-expels-60"), tag("2018-03-26-us-expels-60"));
    }

    @Test
    void a_feed_of_an_unknown_dyad_is_a_404_problem() {
        ApiFixture.Response feed = api.get("/dyads/xx-yy/feed.atom");

        assertThat(feed.status()).isEqualTo(404);
        assertThat(feed.isProblem()).isTrue();
        assertThat(feed.json().get("type").asText()).isEqualTo("urn:detente:problem:unknown-dyad");
    }

    @Test
    void a_malformed_known_at_is_a_400_problem() {
        ApiFixture.Response feed = api.get("/dyads/us-ru/feed.atom?knownAt=yesterday");

        assertThat(feed.status()).isEqualTo(400);
        assertThat(feed.json().get("type").asText()).isEqualTo("urn:detente:problem:invalid-parameter");
    }

    static ICalendar ics(String body) {
        List<List<biweekly.io.ParseWarning>> warnings = new ArrayList<>();
        ICalendar calendar = Biweekly.parse(body).warnings(warnings).first();
        assertThat(calendar).as("an iCalendar object in " + body).isNotNull();
        assertThat(warnings).as("warnings parsing\n" + body).allMatch(List::isEmpty);
        assertThat(calendar.validate(ICalVersion.V2_0).isEmpty()).as(calendar.validate(ICalVersion.V2_0).toString())
                .isTrue();
        return calendar;
    }

    static String day(ICalDate date) {
        assertThat(date.hasTime()).as("an all-day date").isFalse();
        biweekly.util.DateTimeComponents raw = date.getRawComponents();
        return "%04d-%02d-%02d".formatted(raw.getYear(), raw.getMonth(), raw.getDate());
    }

    static List<String> uids(ICalendar calendar) {
        return calendar.getEvents().stream().map(e -> e.getUid().getValue()).toList();
    }

    @Test
    void the_calendar_is_valid_icalendar_with_talks_held_talks_announced_and_commitments_due_in_date_order() {
        ApiFixture.Response response = api.get("/dyads/us-ru/calendar.ics");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.contentType()).isEqualToIgnoringWhitespace("text/calendar;charset=utf-8");
        assertThat(response.body()).contains("\r\n").contains("DTSTART;VALUE=DATE:20250715\r\n");
        ICalendar calendar = ics(response.body());
        assertThat(uids(calendar)).containsExactly(tag("2025-02-18-riyadh-talks"),
                tag("2025-05-30-third-round-announced"), tag("2025-05-30-ru-commits-staff-list"));
        assertThat(calendar.getEvents().stream().map(e -> day(e.getDateStart().getValue())).toList())
                .containsExactly("2025-02-18", "2025-07-01", "2025-07-15");
    }

    @Test
    void a_commitment_is_an_all_day_event_on_its_due_date_with_its_sentence_sources_and_dashboard_address() {
        VEvent due = ics(api.get("/dyads/us-ru/calendar.ics").body()).getEvents().get(2);

        assertThat(day(due.getDateStart().getValue())).isEqualTo("2025-07-15");
        assertThat(day(due.getDateEnd().getValue())).isEqualTo("2025-07-16");
        assertThat(due.getSummary().getValue()).isEqualTo(
                "Russia committed: Send the list of staff to accredit (due 2025-07-15).");
        assertThat(due.getDescription().getValue()).contains("Open as of 2025-06-01")
                .contains("A report <with> marks & more (Example, 2025-05-30): https://example.org/feeds");
        assertThat(due.getUrl().getValue())
                .endsWith("/dyads/us-ru/ledger?q=2025-05-30-ru-commits-staff-list#2025-05-30-ru-commits-staff-list");
        assertThat(due.getDateTimeStamp().getValue().toInstant()).isEqualTo(ApiFixture.NOW);
    }

    @Test
    void the_retracted_round_is_absent_from_the_calendar_but_there_as_known_before_its_retraction() {
        ICalendar now = ics(api.get("/dyads/us-ru/calendar.ics").body());
        ICalendar before = ics(api.get("/dyads/us-ru/calendar.ics?knownAt=" + BEFORE_THE_WRITES).body());

        assertThat(uids(now)).doesNotContain(tag("2025-02-27-istanbul-round-1"));
        assertThat(uids(before)).containsExactly(tag("2025-02-18-riyadh-talks"), tag("2025-02-27-istanbul-round-1"));
    }

    @Test
    void a_calendar_of_an_unknown_dyad_is_a_404_problem() {
        ApiFixture.Response calendar = api.get("/dyads/xx-yy/calendar.ics");

        assertThat(calendar.status()).isEqualTo(404);
        assertThat(calendar.json().get("type").asText()).isEqualTo("urn:detente:problem:unknown-dyad");
    }

    @Test
    void the_dashboard_announces_the_atom_feed_in_its_head_and_links_both_feeds_from_the_ledger_page() {
        try (ApiFixture bundled = ApiFixture.start()) {
            ApiFixture.Response page = bundled.get("/dyads/us-ru/ledger");

            assertThat(page.status()).as(page.body()).isEqualTo(200);
            String head = page.body().substring(0, page.body().indexOf("</head>"));
            String alternate = head.replaceAll("(?s).*(<link rel=\"alternate\" type=\"application/atom\\+xml\"[^>]*>).*",
                    "$1");
            assertThat(alternate).contains("href=\"/dyads/us-ru/feed.atom\"");
            String main = page.body().substring(page.body().indexOf("<main"));
            assertThat(main).contains("href=\"/dyads/us-ru/feed.atom\"").contains("href=\"/dyads/us-ru/calendar.ics\"");
            assertThat(bundled.get("/dyads/us-ru/feed.atom").status()).isEqualTo(200);
            assertThat(bundled.get("/dyads/us-ru/calendar.ics").status()).isEqualTo(200);
        }
    }

    /**
     * A GET sent over a plain socket, with {@code host} as its Host header (the JDK's client will
     * not set one): the body of the answer, which must be a 200.
     */
    static String getWithHost(ApiFixture fixture, String path, String host) throws Exception {
        URI base = URI.create(fixture.base);
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            // HTTP/1.0: the answer comes whole, never chunked, and the server closes the connection after it
            socket.getOutputStream().write(("GET " + path + " HTTP/1.0\r\nHost: " + host + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer.substring(0, answer.indexOf("\r\n"))).as(answer).contains(" 200");
            return answer.substring(answer.indexOf("\r\n\r\n") + 4);
        }
    }

    static List<String> alternates(SyndFeed feed) {
        return feed.getEntries().stream().map(SyndEntry::getLink).toList();
    }

    @Test
    void without_a_public_address_the_feeds_link_under_the_host_the_request_names() throws Exception {
        String atom = getWithHost(api, "/dyads/us-ru/feed.atom", "feeds.example.net:8080");
        String ics = getWithHost(api, "/dyads/us-ru/calendar.ics", "feeds.example.net:8080");

        assertThat(alternates(rome(atom))).isNotEmpty()
                .allMatch(link -> link.startsWith("http://feeds.example.net:8080/dyads/us-ru/ledger?q="));
        assertThat(ics(ics).getEvents()).isNotEmpty().allMatch(e -> e.getUrl().getValue()
                .startsWith("http://feeds.example.net:8080/dyads/us-ru/ledger?q="));
    }

    @Test
    void with_a_public_address_the_feeds_link_under_it_whatever_host_the_request_names() throws Exception {
        try (ApiFixture proxied = ApiFixture.withEntries(
                org.detente.app.http.ApiSettings.defaults().withPublicUrl("https://detente.example.org/"),
                "2018-03-26-us-expels-60", "2025-02-12-trump-putin-call", "2025-02-18-riyadh-talks")) {
            String atom = getWithHost(proxied, "/dyads/us-ru/feed.atom", "127.0.0.1:7070");
            String ics = getWithHost(proxied, "/dyads/us-ru/calendar.ics", "127.0.0.1:7070");

            SyndFeed feed = rome(atom);
            assertThat(alternates(feed)).hasSize(3)
                    .allMatch(link -> link.startsWith("https://detente.example.org/dyads/us-ru/ledger?q="));
            assertThat(feed.getLinks().stream().filter(l -> "self".equals(l.getRel())).map(SyndLink::getHref))
                    .containsExactly("https://detente.example.org/dyads/us-ru/feed.atom");
            assertThat(ics(ics).getEvents()).hasSize(1).allMatch(e -> e.getUrl().getValue()
                    .equals("https://detente.example.org/dyads/us-ru/ledger?q=2025-02-18-riyadh-talks"
                            + "#2025-02-18-riyadh-talks"));
            assertThat(atom).doesNotContain("127.0.0.1");
        }
    }
}
