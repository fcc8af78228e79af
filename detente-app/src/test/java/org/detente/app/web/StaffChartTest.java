package org.detente.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.detente.testkit.EntryBodies;
import org.junit.jupiter.api.Test;

/**
 * The missions page's staff chart stays bounded as the ledger grows: beyond
 * {@value MissionsPresenter#MAX_CHART_DATES} dates it keeps the last date of each month (or coarser
 * period), and the expulsions of one period are summed into one marker, so nothing is lost from the
 * figures, only from the resolution.
 */
class StaffChartTest {
    private static final Pattern CHART = Pattern.compile("id=\"staff-chart\"[^>]*data-chart=\"([^\"]*)\"");
    private static final Pattern EXPELLED = Pattern.compile("expelled (\\d+) ");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static TreeSet<LocalDate> daily(LocalDate first, int days) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        IntStream.range(0, days).forEach(i -> dates.add(first.plusDays(i)));
        return dates;
    }

    @Test
    void dates_that_fit_the_chart_are_each_shown_at_themselves() {
        TreeSet<LocalDate> dates = daily(LocalDate.of(2020, 1, 1), MissionsPresenter.MAX_CHART_DATES);

        MissionsPresenter.ChartDates chart = MissionsPresenter.chartDates(dates);

        assertThat(chart.resolution()).isEqualTo("day");
        assertThat(chart.shown()).isEqualTo(dates);
    }

    @Test
    void more_dates_are_shown_at_the_last_date_of_their_month_or_the_finest_period_that_fits() {
        TreeSet<LocalDate> threeYears = daily(LocalDate.of(2020, 1, 1), 1000);
        MissionsPresenter.ChartDates months = MissionsPresenter.chartDates(threeYears);
        assertThat(months.resolution()).isEqualTo("month");
        assertThat(months.of(LocalDate.of(2020, 2, 10))).isEqualTo(LocalDate.of(2020, 2, 29));
        // the last month is cut short by the last date, which is kept
        assertThat(months.of(threeYears.last())).isEqualTo(threeYears.last());
        assertThat(months.shown()).hasSize(33);

        TreeSet<LocalDate> fiftyFiveYears = daily(LocalDate.of(2000, 1, 1), 20_000);
        MissionsPresenter.ChartDates quarters = MissionsPresenter.chartDates(fiftyFiveYears);
        assertThat(quarters.resolution()).isEqualTo("quarter");
        assertThat(quarters.shown()).hasSizeLessThanOrEqualTo(MissionsPresenter.MAX_CHART_DATES);
        assertThat(quarters.of(LocalDate.of(2000, 2, 1))).isEqualTo(LocalDate.of(2000, 3, 31));
        for (LocalDate date : fiftyFiveYears) {
            assertThat(quarters.of(date)).isAfterOrEqualTo(date).isIn(fiftyFiveYears);
        }
    }

    @Test
    void a_long_ledger_draws_one_point_a_month_and_its_markers_keep_every_expelled_staff_member() throws Exception {
        int added = 450;
        try (DashboardServer server = DashboardServer.start()) {
            JsonNode before = chart(server);
            assertThat(before.get("resolution").asText()).isEqualTo("day");
            for (int i = 0; i < added; i++) {
                server.append(EntryBodies.expulsion(2, LocalDate.of(2023, 1, 1).plusDays(i).toString()));
            }

            JsonNode after = chart(server);

            assertThat(after.get("resolution").asText()).isEqualTo("month");
            for (JsonNode series : after.get("series")) {
                assertThat(series.get("points").size()).isLessThanOrEqualTo(MissionsPresenter.MAX_CHART_DATES);
            }
            JsonNode expulsions = after.get("markers").get(0).get("points");
            assertThat(expulsions.size()).isLessThan(added);
            assertThat(expelled(after) - expelled(before)).isEqualTo(2 * added);
        }
    }

    /** Staff expelled by the United States from Russia's missions, summed over the chart's markers. */
    private static int expelled(JsonNode chart) {
        int sum = 0;
        for (JsonNode point : chart.get("markers").get(0).get("points")) {
            String text = point.get(2).asText();
            if (text.startsWith("United States")) {
                Matcher m = EXPELLED.matcher(text);
                assertThat(m.find()).as(text).isTrue();
                sum += Integer.parseInt(m.group(1));
            }
        }
        return sum;
    }

    private static JsonNode chart(DashboardServer server) throws Exception {
        String html = HTTP.send(HttpRequest.newBuilder(URI.create(server.base + "/dyads/us-ru/missions?asOf=2025-06-01"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = CHART.matcher(html);
        assertThat(m.find()).as("the staff chart").isTrue();
        String json = m.group(1).replace("&#34;", "\"").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        return new ObjectMapper().readTree(json);
    }
}
