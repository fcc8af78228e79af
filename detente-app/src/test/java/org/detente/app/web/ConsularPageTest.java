package org.detente.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The consular page over real HTTP on the bundled US–Russia ledger: the latest reported wait per post
 * and class as of the page's date, with who reported it and its sources, and nothing the ledger had
 * not yet recorded at the page's moment of knowledge.
 */
class ConsularPageTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private DashboardServer server;

    @BeforeEach
    void start() {
        server = DashboardServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void the_consular_page_of_mid_2019_shows_the_300_day_wait_in_moscow_with_its_reporter_and_source() throws Exception {
        String page = reportedWaits(get("/dyads/us-ru/capacity?asOf=2019-06-01"));

        assertThat(page).contains("U.S. Embassy Moscow").contains("300 days")
                .contains("State Department appointment wait-time tool (as cited by RBC)")
                .contains("https://tsarizm.com/amp/news/2018/09/28/russian-requests-for-american-visas-skyrockets")
                .contains("2018-09-us-visa-wait-moscow-300-days")
                .contains("U.S. Consulate General Vladivostok").contains("60 days")
                .doesNotContain("250 days");
    }

    @Test
    void a_report_not_yet_recorded_at_the_moment_asked_is_not_shown_and_the_one_before_it_is() throws Exception {
        String page = reportedWaits(get("/dyads/us-ru/capacity?asOf=2019-06-01&knownAt=2018-09-01"));

        assertThat(page).contains("250 days").contains("The Washington Post").doesNotContain("300 days");
    }

    @Test
    void before_the_first_report_the_page_says_the_ledger_records_no_wait() throws Exception {
        assertThat(get("/dyads/us-ru/capacity?asOf=2017-01-01"))
                .contains("The ledger records no reported wait by this date.");
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    /** The reported-waits table of the page, so a figure elsewhere on the page cannot pass for it. */
    private static String reportedWaits(String page) {
        int start = page.indexOf("id=\"reported-waits\"");
        assertThat(start).as("the page has its reported-waits table").isNotNegative();
        return page.substring(start, page.indexOf("</table>", start));
    }
}
