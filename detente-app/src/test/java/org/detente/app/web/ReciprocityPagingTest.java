package org.detente.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.detente.testkit.EntryBodies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reciprocity page over real HTTP on a ledger with more measure–response pairs than a page holds:
 * each page shows at most {@value AnalysisPresenter#PAIRS_PER_PAGE} pairs, newest first, and its pager
 * leads through all of them, so the page's size does not grow with the ledger.
 */
class ReciprocityPagingTest {
    private static final int ADDED_PAIRS = 60;
    private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
    private static final Pattern PAIRS_SECTION = Pattern.compile("id=\"pairs-h\".*?<tbody>(.*?)</tbody>", Pattern.DOTALL);
    private static final Pattern MEASURE_DATE = Pattern.compile("<tr data-pair=[^>]*>\\s*<td><a [^>]*><time datetime=\"([0-9-]+)\"");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) pairs, ");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static DashboardServer server;

    @BeforeAll
    static void aLedgerOfManyExpulsionsEachAnswered() throws Exception {
        server = DashboardServer.start();
        for (int i = 0; i < ADDED_PAIRS; i++) {
            LocalDate day = FIRST.plusDays(2L * i);
            String measure = server.append(expulsion("US", "RU", day, ""));
            server.append(expulsion("RU", "US", day.plusDays(1), measure));
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void the_first_page_holds_the_newest_fifty_pairs_and_links_to_the_older_ones() throws Exception {
        HttpResponse<String> first = get("/dyads/us-ru/reciprocity?asOf=2025-06-01");

        assertThat(first.statusCode()).isEqualTo(200);
        int total = total(first.body());
        assertThat(total).isGreaterThanOrEqualTo(ADDED_PAIRS);
        List<LocalDate> shown = measureDates(first.body());
        assertThat(shown).hasSize(AnalysisPresenter.PAIRS_PER_PAGE);
        assertThat(shown).as("newest first").isSortedAccordingTo(Comparator.reverseOrder())
                .contains(FIRST.plusDays(2L * (ADDED_PAIRS - 1))).doesNotContain(FIRST);
        assertThat(first.body()).contains("Pairs 1–50 of " + total)
                .contains("page=2#pairs-h\" rel=\"next\"").doesNotContain("rel=\"prev\"");
    }

    @Test
    void the_pages_together_show_every_pair_once_and_the_last_one_the_oldest() throws Exception {
        int total = total(get("/dyads/us-ru/reciprocity?asOf=2025-06-01").body());
        int pages = (total + AnalysisPresenter.PAIRS_PER_PAGE - 1) / AnalysisPresenter.PAIRS_PER_PAGE;

        List<LocalDate> shown = new ArrayList<>();
        String last = "";
        for (int page = 1; page <= pages; page++) {
            last = get("/dyads/us-ru/reciprocity?asOf=2025-06-01&windowDays=90&page=" + page).body();
            shown.addAll(measureDates(last));
        }

        assertThat(shown).hasSize(total);
        assertThat(shown).as("newest first across the pages").isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(shown).contains(FIRST);
        assertThat(last).contains("of " + total + ", newest first (page " + pages + " of " + pages + ")")
                .contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
    }

    @Test
    void a_page_beyond_the_last_shows_the_last_and_a_page_that_is_not_a_number_is_refused() throws Exception {
        String beyond = get("/dyads/us-ru/reciprocity?asOf=2025-06-01&page=999").body();
        int total = total(beyond);
        int pages = (total + AnalysisPresenter.PAIRS_PER_PAGE - 1) / AnalysisPresenter.PAIRS_PER_PAGE;
        assertThat(beyond).contains("(page " + pages + " of " + pages + ")");

        HttpResponse<String> refused = get("/dyads/us-ru/reciprocity?asOf=2025-06-01&page=two");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("page 'two' is not a whole number");
    }

    /** The date of each row's measure (its first cell), in the order the page shows them. */
    private static List<LocalDate> measureDates(String html) {
        Matcher section = PAIRS_SECTION.matcher(html);
        assertThat(section.find()).as("the pairs table").isTrue();
        List<LocalDate> dates = new ArrayList<>();
        Matcher row = MEASURE_DATE.matcher(section.group(1));
        while (row.find()) {
            dates.add(day(row.group(1)));
        }
        return dates;
    }

    /** The first day a date of the page stands for: {@code 2017-07} and {@code 2017} are a month and a year. */
    private static LocalDate day(String shown) {
        return switch (shown.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(shown), 1, 1);
            case 7 -> java.time.YearMonth.parse(shown).atDay(1);
            default -> LocalDate.parse(shown);
        };
    }

    private static int total(String html) {
        Matcher m = TOTAL.matcher(html);
        assertThat(m.find()).as("the count of pairs").isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** {@code actor} expels two of {@code target}'s diplomats on {@code day}, answering {@code respondsTo} when given. */
    private static String expulsion(String actor, String target, LocalDate day, String respondsTo) {
        String body = EntryBodies.expulsion(2, day.toString())
                .replace("\"actor\": \"US\"", "\"actor\": \"" + actor + "\"")
                .replace("\"target\": \"RU\"", "\"target\": \"" + target + "\"");
        return respondsTo.isEmpty() ? body : EntryBodies.withField(body, "respondsTo", "\"" + respondsTo + "\"");
    }
}
