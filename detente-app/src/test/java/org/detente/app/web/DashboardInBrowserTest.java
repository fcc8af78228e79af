package org.detente.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The dashboard in headless Chromium (Debian's, at {@code /usr/bin/chromium}; Playwright never
 * downloads a browser: {@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1} is set by surefire and here).
 * One browser serves the whole class; each test has its own context (cookies). Screenshots of
 * every page, at desktop width and at 375 px, go to {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardInBrowserTest {
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final List<String> PAGES = List.of("", "/missions", "/ledger", "/roadmap", "/comparison", "/reciprocity",
            "/capacity", "/scenarios", "/record");

    /** The inputs, selects and text areas with no accessible name (label, aria-label, aria-labelledby or title). */
    private static final String UNNAMED_CONTROLS = """
            () => Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea')).filter(el => {
              const text = n => n && n.textContent.trim().length > 0;
              const labelled = Array.from(el.labels || []).some(text);
              const aria = (el.getAttribute('aria-label') || '').trim().length > 0;
              const by = (el.getAttribute('aria-labelledby') || '').split(/\\s+/).filter(Boolean)
                  .some(id => text(document.getElementById(id)));
              const title = (el.getAttribute('title') || '').trim().length > 0;
              return !(labelled || aria || by || title);
            }).map(el => el.outerHTML.slice(0, 160))
            """;
    /** The status badges whose text is empty, so that only their colour would speak. */
    private static final String SILENT_BADGES = """
            () => Array.from(document.querySelectorAll('.badge')).filter(b => b.textContent.trim().length === 0)
                .map(b => b.outerHTML.slice(0, 160))
            """;

    private DashboardServer server;
    private Playwright playwright;
    private Browser browser;

    @BeforeAll
    void startTheServerAndOneBrowser() throws Exception {
        server = DashboardServer.start();
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(CHROMIUM))
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stopEverything() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** The console errors and uncaught exceptions of {@code page}, as they come. */
    private static List<String> errorsOf(Page page) {
        List<String> errors = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) {
                errors.add(m.text());
            }
        });
        page.onPageError(e -> errors.add(e.toString()));
        return errors;
    }

    private BrowserContext context(int width) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 900));
    }

    @Test
    void every_page_loads_with_no_console_errors_at_desktop_and_phone_width() {
        List<String> errors = new ArrayList<>();
        for (int width : List.of(1280, 375)) {
            try (BrowserContext context = context(width)) {
                Page page = signedIn(context, DashboardServer.EDITOR);
                page.onConsoleMessage(m -> {
                    if (m.type().equals("error")) {
                        errors.add(page.url() + ": " + m.text());
                    }
                });
                page.onPageError(e -> errors.add(page.url() + ": " + e));
                page.onRequestFailed(r -> errors.add("request failed: " + r.url()));
                for (String suffix : PAGES) {
                    String url = server.base + "/dyads/us-ru" + suffix + "?asOf=2025-06-01";
                    page.navigate(url);
                    page.waitForLoadState();
                    assertThat(page.locator("h1").textContent()).as(url).isNotBlank();
                    if (suffix.equals("/missions") || suffix.equals("/reciprocity") || suffix.equals("/capacity")
                            || suffix.equals("/comparison")) {
                        page.waitForSelector(".chart[data-rendered=true]");
                    }
                    if (suffix.equals("/roadmap")) {
                        page.waitForSelector("#goal-graph[data-rendered=true]");
                    }
                    String name = (suffix.isEmpty() ? "overview" : suffix.substring(1)) + (width == 375 ? "-375" : "");
                    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
                    if (width == 1280) {
                        assertThat((List<?>) page.evaluate(UNNAMED_CONTROLS)).as("controls without an accessible name on " + url)
                                .isEmpty();
                        assertThat((List<?>) page.evaluate(SILENT_BADGES)).as("badges that say nothing in words on " + url)
                                .isEmpty();
                    }
                    if (width == 375) {
                        Object overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
                        assertThat(((Number) overflow).intValue()).as("horizontal overflow of " + url).isLessThanOrEqualTo(0);
                    }
                }
            }
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void moving_the_as_of_date_from_2016_to_2018_turns_the_san_francisco_consulate_from_operational_to_closed() {
        try (BrowserContext context = context(1280)) {
            Page page = context.newPage();
            page.navigate(server.base + "/dyads/us-ru/missions?asOf=2016-06-30");
            String status = "#mission-ru-cg-san-francisco [data-status]";
            assertThat(page.locator(status).textContent()).contains("operational");

            page.locator("#asof-date").fill("2018-06-30");
            page.locator("#asof-form button[type=submit]").click();
            page.waitForURL("**asOf=2018-06-30");

            assertThat(page.locator(status).textContent()).contains("closed");
            assertThat(page.locator("nav a[aria-current=page]").getAttribute("href")).contains("asOf=2018-06-30");
        }
    }

    @Test
    void a_known_at_date_shows_the_state_as_the_ledger_knew_it_then_and_every_link_keeps_it() {
        try (BrowserContext context = context(1280)) {
            Page page = context.newPage();
            page.navigate(server.base + "/dyads/us-ru/missions?asOf=2018-06-30");
            String seattle = "#mission-ru-cg-seattle [data-status]";
            assertThat(page.locator(seattle).textContent()).doesNotContain("operational");
            assertThat(page.locator("h1 [data-known-at]").count()).isZero();

            // the closure of Seattle was recorded on 2018-03-26: on the eve, it was not known yet
            page.locator("#knownat-date").fill("2018-03-25");
            page.locator("#asof-form button[type=submit]").click();
            page.waitForURL("**knownAt=2018-03-25");

            assertThat(page.locator(seattle).textContent()).contains("operational");
            assertThat(page.locator("h1 [data-known-at]").textContent()).startsWith("2018-03-25T23:59:59");
            assertThat(page.locator("#knownat-date").inputValue()).isEqualTo("2018-03-25");
            page.locator("nav a", new Page.LocatorOptions().setHasText("Ledger")).first().click();
            page.waitForURL("**/ledger?asOf=2018-06-30&knownAt=**");
            assertThat(page.locator("[data-entry]").count()).isPositive();
            assertThat(page.locator("[data-entry='2018-03-26-us-closes-ru-cg-seattle']").count()).isZero();

            page.locator("#knownat-date").fill("");
            page.locator("#asof-form button[type=submit]").click();
            page.waitForURL(url -> url.endsWith("/ledger?asOf=2018-06-30"));
            assertThat(page.locator("[data-entry='2018-03-26-us-closes-ru-cg-seattle']").count()).isEqualTo(1);
        }
    }

    @Test
    void a_malformed_date_or_moment_of_knowledge_is_a_400_page_naming_the_parameter() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String query : List.of("asOf=2018-02-30", "asOf=2018-06-30&knownAt=last+tuesday")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create(server.base + "/dyads/us-ru/missions?" + query)).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.body()).as(query).contains(query.contains("knownAt") ? "knownAt" : "asOf");
        }
    }

    @Test
    void signing_in_with_a_token_gives_an_http_only_same_site_strict_session_and_signing_out_ends_it() {
        try (BrowserContext context = context(1280)) {
            Page page = signedIn(context, DashboardServer.VIEWER);
            assertThat(page.locator(".who").textContent()).contains("vic");
            Cookie session = context.cookies().stream().filter(c -> c.name.equals(Sessions.COOKIE)).findFirst().orElseThrow();
            assertThat(session.httpOnly).isTrue();
            assertThat(session.sameSite).isEqualTo(SameSiteAttribute.STRICT);

            page.navigate(server.base + "/dyads/us-ru/record");
            assertThat(page.locator("[role=alert]").first().textContent()).contains("role viewer");

            page.locator(".who button").click();
            page.waitForLoadState();
            assertThat(page.locator(".who").textContent()).contains("Sign in");
        }
    }

    @Test
    void an_editor_records_a_measure_and_sees_it_on_the_timeline_and_in_the_state() {
        try (BrowserContext context = context(1280)) {
            Page page = signedIn(context, DashboardServer.EDITOR);
            page.navigate(server.base + "/dyads/us-ru/record");
            page.locator("#f-type").selectOption("mission-closed");
            page.waitForSelector("#type-fields #f-mission");
            page.locator("#f-actor").selectOption("US");
            page.locator("#f-target").selectOption("RU");
            page.locator("#f-occurredOn").fill("2025-05-01");
            page.locator("#f-mission").selectOption("ru-cg-new-york");
            page.locator("#f-sources-0--url").fill("https://example.org/new-york-closed");
            page.locator("#f-sources-0--title").fill("U.S. closes the Russian consulate in New York");
            page.locator("#f-sources-0--publisher").fill("Example News");
            page.locator("#f-sources-0--date").fill("2025-05-01");
            long before = server.ledgerSize();

            page.locator("#record-form button[type=submit]").click();
            page.waitForURL("**/ledger?recorded=**");

            assertThat(server.ledgerSize()).isEqualTo(before + 1);
            assertThat(page.locator("[role=status]").textContent()).contains("Recorded entry");
            // The recorded entry, wherever its date puts it among the bundled ones.
            String recorded = java.net.URLDecoder.decode(page.url().replaceAll(".*[?&]recorded=([^&#]*).*", "$1"),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(page.locator("#timeline .entry[data-entry='" + recorded + "']").textContent())
                    .contains("mission closed").contains("Consulate General of the Russian Federation in New York")
                    .contains("U.S. closes the Russian consulate in New York");
            page.navigate(server.base + "/dyads/us-ru/missions?asOf=2025-06-01");
            assertThat(page.locator("#mission-ru-cg-new-york [data-status]").textContent()).contains("closed");
        }
    }

    @Test
    void a_bad_form_shows_its_field_errors_and_stores_nothing() {
        try (BrowserContext context = context(1280)) {
            Page page = signedIn(context, DashboardServer.EDITOR);
            page.navigate(server.base + "/dyads/us-ru/record");
            page.locator("#f-occurredOn").fill("2025-13-01");
            page.locator("#f-count").fill("-3");
            long before = server.ledgerSize();

            page.locator("#record-form button[type=submit]").click();
            page.waitForSelector("[data-error-for]");

            assertThat(server.ledgerSize()).isEqualTo(before);
            assertThat(page.locator("[data-error-for=occurredOn]").textContent()).contains("2025-13-01");
            assertThat(page.locator("[data-error-for=count]").textContent()).contains("-3");
            assertThat(page.locator("[data-error-for='sources[0].url']").textContent()).contains("required");
            assertThat(page.locator("#f-count").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(page.locator("#f-count").inputValue()).isEqualTo("-3");
            String list = page.locator("#f-retracts").getAttribute("list");
            assertThat(page.locator("datalist#" + list + " option").count()).isPositive();
        }
    }

    @Test
    void a_scenario_composed_in_the_form_reopening_san_francisco_shows_the_goal_it_unlocks() {
        try (BrowserContext context = context(1280)) {
            Page page = context.newPage();
            page.navigate(server.base + "/dyads/us-ru/scenarios?asOf=2025-06-01");
            long before = server.ledgerSize();
            page.locator("#f-type").selectOption("mission-reopened");
            page.waitForSelector("#type-fields #f-mission");
            page.locator("#f-actor").selectOption("US");
            page.locator("#f-target").selectOption("RU");
            page.locator("#f-occurredOn").fill("2025-05-20");
            page.locator("#f-mission").selectOption("ru-cg-san-francisco");

            page.locator("#entry-add").click();
            page.waitForSelector("[data-composed-entry='1']");
            assertThat(page.locator("#composed-entries").textContent()).contains("San Francisco");
            page.locator("#evaluate").click();
            page.waitForSelector("#goals-unlocked li");

            assertThat(page.locator("#goals-unlocked").textContent()).contains("The Russian consulate in San Francisco reopened");
            assertThat(page.locator("#state-changes").textContent()).contains("ru-cg-san-francisco");
            assertThat(page.locator("#consular-outlook").textContent()).contains("Embassy");
            assertThat(server.ledgerSize()).isEqualTo(before);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("scenarios-evaluated.png")).setFullPage(true));
        }
    }

    @Test
    void the_capacity_page_recomputes_in_place_when_a_parameter_changes() {
        try (BrowserContext context = context(1280)) {
            Page page = context.newPage();
            page.navigate(server.base + "/dyads/us-ru/capacity?asOf=2025-06-01");
            page.waitForSelector("#capacity-chart[data-rendered=true]");
            String url = page.url();
            double ten = Double.parseDouble(page.locator("[data-adjudications]").textContent().trim());

            page.locator("#c-officers").fill("20");
            page.locator("#c-officers").press("Tab");
            page.waitForFunction("a => document.querySelector('[data-adjudications]').textContent.trim() !== a",
                    String.valueOf((long) ten));

            assertThat(Double.parseDouble(page.locator("[data-adjudications]").textContent().trim()))
                    .isCloseTo(2 * ten, org.assertj.core.data.Offset.offset(0.02));
            page.waitForSelector("#capacity-chart[data-rendered=true]");
            assertThat(page.url()).isEqualTo(url);
            assertThat(page.locator("#observed-waits tbody tr").count()).isPositive();
        }
    }

    @Test
    void the_keyboard_reaches_the_overviews_controls_and_opens_a_goal_of_the_roadmap_graph() {
        try (BrowserContext context = context(1280)) {
            Page page = context.newPage();
            page.navigate(server.base + "/dyads/us-ru?asOf=2025-06-01");
            List<String> reached = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                page.keyboard().press("Tab");
                reached.add((String) page.evaluate("() => { const e = document.activeElement;"
                        + " return (e.id || e.getAttribute('href') || e.textContent || '').trim(); }"));
            }
            assertThat(reached.get(0)).isEqualTo("#main");
            assertThat(reached).contains("asof-date", "asof-slider", "Show")
                    .anyMatch(r -> r.contains("/missions")).anyMatch(r -> r.contains("/roadmap?asOf=2025-06-01#goal-"));

            page.navigate(server.base + "/dyads/us-ru/roadmap?asOf=2025-06-01");
            page.waitForSelector("#goal-graph[data-rendered=true]");
            page.locator("#goal-ru-cg-san-francisco-reopened summary").focus();
            page.keyboard().press("Enter");
            assertThat(page.locator("#goal-ru-cg-san-francisco-reopened").getAttribute("open")).isNotNull();
            // The details' toggle event, which selects the node, is dispatched after the key press returns.
            page.waitForSelector("#goal-graph[data-selected='ru-cg-san-francisco-reopened']");
            assertThat(page.locator("#goal-graph").getAttribute("data-selected")).isEqualTo("ru-cg-san-francisco-reopened");
        }
    }

    @Test
    void the_comparison_page_sets_the_four_bundled_cases_on_one_axis_in_a_table_and_a_chart() {
        try (DashboardServer every = DashboardServer.withEveryBundledDyad();
             BrowserContext context = context(1280)) {
            Page page = context.newPage();
            List<String> errors = errorsOf(page);
            page.navigate(every.base + "/dyads/us-ru/comparison?asOf=2025-06-01");
            page.waitForSelector("#comparison-chart[data-rendered=true]");

            assertThat(page.locator("#comparison-table tbody tr").count()).isEqualTo(4);
            assertThat(page.locator("#comparison-table tbody tr").evaluateAll("rows => rows.map(r => r.dataset.case)"))
                    .asList().containsExactlyInAnyOrder("us-ru", "us-cu", "sa-ir", "ca-in");
            assertThat(page.locator("#comparison-table tr[data-case=us-cu]").textContent())
                    .contains("2014-12-17").contains("7.1 months").contains("The U.S. Embassy in Havana open");
            assertThat(page.locator("#comparison-table tr[data-case=us-ru]").textContent()).contains("this dyad")
                    .contains("3.4 months since the trigger");
            assertThat(page.locator("nav[aria-label=Pages] a[aria-current=page]").textContent())
                    .isEqualTo("Comparison");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("comparison-four-cases.png"))
                    .setFullPage(true));
            assertThat(errors).isEmpty();
        }
    }

    /**
     * What a reader sees of an element (its innerText: a closed {@code <details>} shows only its
     * summary), searched for a field named as in the dataset format ("sanctionTarget: …").
     */
    private static final String FIELD_NAMES_SHOWN = """
            sel => Array.from(document.querySelectorAll(sel)).map(e => e.innerText)
                .filter(t => /\\b[a-z]+[A-Z][A-Za-z]*: /.test(t) || / · [a-z][A-Za-z]*: /.test(t))
            """;

    @Test
    void the_overview_ledger_and_reciprocity_read_as_sentences_with_fields_and_sources_one_click_away() {
        try (BrowserContext context = context(1280)) {
            Page page = context.newPage();
            List<String> errors = errorsOf(page);
            page.navigate(server.base + "/dyads/us-ru?asOf=2025-06-01");
            assertThat(page.locator("[data-development]").count()).isEqualTo(OverviewPresenter.DEVELOPMENTS);
            assertThat((List<?>) page.evaluate(FIELD_NAMES_SHOWN, "[data-development]")).isEmpty();
            for (String sentence : page.locator("[data-development] .sentence").allInnerTexts()) {
                assertThat(sentence).endsWith(".").doesNotEndWith("..");
            }
            var first = page.locator("[data-development]").first();
            assertThat(first.locator("dl.fields").isVisible()).isFalse();
            first.locator("[data-entry-details] summary").click();
            assertThat(first.locator("dl.fields").isVisible()).isTrue();
            assertThat(first.locator(".sources a").first().getAttribute("href")).startsWith("http");

            page.navigate(server.base + "/dyads/us-ru/ledger?asOf=2025-06-01&type=sanction-imposed");
            assertThat(page.locator("#timeline .entry").count()).isPositive();
            assertThat((List<?>) page.evaluate(FIELD_NAMES_SHOWN, "#timeline .entry")).isEmpty();
            var sanction = page.locator("#timeline .entry").first();
            assertThat(sanction.locator(".sentence").innerText()).doesNotContain("sanctionTarget").endsWith(".");
            assertThat(sanction.innerText()).doesNotContain("sanctionTarget");
            sanction.locator("[data-entry-details] summary").click();
            assertThat(sanction.locator("dl.fields").innerText()).contains("sanctionTarget");

            page.navigate(server.base + "/dyads/us-ru/reciprocity?asOf=2025-06-01");
            assertThat(page.locator("[data-pair]").count()).isPositive();
            assertThat((List<?>) page.evaluate(FIELD_NAMES_SHOWN, "[data-pair]")).isEmpty();
            assertThat(page.locator("[data-pair] .sentence").first().innerText()).endsWith(".");
            assertThat(errors).isEmpty();
        }
    }

    @Test
    void each_headline_gap_answers_in_a_sentence_with_the_earliest_level_and_its_sources_one_click_away() {
        try (BrowserContext context = context(1280)) {
            Page page = context.newPage();
            page.navigate(server.base + "/dyads/us-ru?asOf=2025-06-01");

            int gaps = page.locator("[data-gap]").count();
            assertThat(gaps).isPositive();
            assertThat(page.locator("[data-gap-sentence]").count()).isEqualTo(gaps);
            var us = page.locator("[data-gap]", new Page.LocatorOptions().setHasText("United States has 127 staff"));
            assertThat(us.locator("[data-gap-sentence]").innerText()).contains("127 staff in Russia")
                    .contains("January 2017's about 1,200").contains("15× the level of 10 April 2025");
            assertThat(us.locator("[data-gap-sources]").isVisible()).isFalse();
            us.locator("details summary").click();
            List<String> sources = us.locator("[data-gap-sources] a").evaluateAll("as => as.map(a => a.href)")
                    instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
            assertThat(sources).isNotEmpty().allMatch(href -> href.startsWith("http"));
            for (String sentence : page.locator("[data-gap-sentence]").allInnerTexts()) {
                assertThat(sentence).endsWith(".").doesNotEndWith("..");
            }
        }
    }

    @Test
    void every_bundled_dyads_overview_answers_each_gap_in_a_sentence_naming_its_own_countries() {
        try (DashboardServer every = DashboardServer.withEveryBundledDyad();
             BrowserContext context = context(1280)) {
            Page page = context.newPage();
            List<String> errors = errorsOf(page);
            for (String dyad : org.detente.store.dataset.BundledDatasets.DYADS) {
                page.navigate(every.base + "/dyads/" + dyad + "?asOf=2025-06-01");
                String title = every.workspace.dyad(dyad).definition().title();
                List<String> sentences = page.locator("[data-gap-sentence]").allInnerTexts();
                assertThat(sentences).as(dyad).hasSize(page.locator("[data-gap]").count()).isNotEmpty()
                        .allMatch(sentence -> sentence.endsWith(".") && !sentence.isBlank());
                assertThat(String.join(" ", sentences)).as(dyad).contains(title.split(" – ")[1]);
                assertThat((List<?>) page.evaluate(FIELD_NAMES_SHOWN, "[data-development]")).as(dyad).isEmpty();
            }
            assertThat(errors).isEmpty();
        }
    }

    @Test
    void the_roadmap_gives_each_open_goal_its_reference_class_forecast_and_says_where_no_case_informs_it() {
        try (DashboardServer every = DashboardServer.withEveryBundledDyad();
             BrowserContext context = context(1280)) {
            Page page = context.newPage();
            List<String> errors = errorsOf(page);
            page.navigate(every.base + "/dyads/us-ru/roadmap?asOf=2025-06-01");
            page.waitForSelector("#goal-graph[data-rendered=true]");

            int open = page.locator("details.goal").count() - page.locator("details.goal summary .badge.good").count();
            assertThat(page.locator("[data-forecast-goal]").count()).isEqualTo(open).isPositive();
            assertThat(page.locator("#forecast").innerText()).contains("24 months from July 2025")
                    .contains("United States – Cuba").contains("Saudi Arabia – Iran").contains("Canada – India");
            var informed = page.locator("[data-forecast-goal][data-informed=true]");
            assertThat(informed.count()).isPositive();
            String row = informed.first().innerText();
            assertThat(row).matches("(?s).*(\\w+ \\d{4}|not within the horizon).*").contains("%").contains("weight");
            var uninformed = page.locator("[data-forecast-goal][data-informed=false]");
            assertThat(uninformed.count()).isPositive();
            assertThat(uninformed.first().innerText()).contains("no case informs this goal");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("roadmap-forecast.png"))
                    .setFullPage(true));

            assertThat(page.locator("#track-global-issues[data-why-no-goals]").innerText())
                    .contains("no goals on this track").contains("names a measurable goal");
            page.navigate(every.base + "/dyads/us-ru?asOf=2025-06-01");
            assertThat(page.locator("#track-global-issues [data-why-no-goals]").innerText())
                    .contains("No goals on this track").contains("names a measurable goal");
            assertThat(errors).isEmpty();
        }
    }

    @Test
    void with_no_other_dyad_held_every_open_goal_says_no_case_informs_it() {
        try (BrowserContext context = context(1280)) {
            Page page = context.newPage();
            page.navigate(server.base + "/dyads/us-ru/roadmap?asOf=2025-06-01");

            assertThat(page.locator("[data-forecast-goal]").count()).isPositive();
            assertThat(page.locator("[data-forecast-goal][data-informed=true]").count()).isZero();
            assertThat(page.locator("[data-forecast-goal]").allInnerTexts())
                    .allMatch(text -> text.contains("no case informs this goal"));
            assertThat(page.locator("#forecast").innerText()).contains("no other dyad with a roadmap is held");
        }
    }

    @Test
    void the_roadmap_graph_renders_one_node_per_goal() {
        try (BrowserContext context = context(1280)) {
            Page page = context.newPage();
            page.navigate(server.base + "/dyads/us-ru/roadmap?asOf=2025-06-01");
            page.waitForSelector("#goal-graph[data-rendered=true]");

            int goals = page.locator("details.goal").count();
            assertThat(goals).isEqualTo(15);
            assertThat(page.locator("#goal-graph").getAttribute("data-nodes")).isEqualTo(String.valueOf(goals));

            page.evaluate("window.detenteGraph.$('node[goal = \"ru-cg-san-francisco-reopened\"]').emit('tap')");
            assertThat(page.locator("#goal-ru-cg-san-francisco-reopened").getAttribute("open")).isNotNull();
        }
    }

    @Test
    void the_reciprocity_page_shows_news_events_beside_the_ledger_and_an_editor_decides_suggestions(
            @org.junit.jupiter.api.io.TempDir Path dir) {
        try (DashboardServer withEvents = new DashboardServer(org.detente.app.http.ApiSettings.defaults(),
                org.detente.app.EventFixtures.store(dir.resolve("events.duckdb")));
             BrowserContext context = context(1280)) {
            Page page = signedIn(context, withEvents.base, DashboardServer.EDITOR);
            List<String> errors = errorsOf(page);
            page.navigate(withEvents.base + "/dyads/us-ru/reciprocity?asOf=2025-06-01");
            page.waitForSelector("#events-chart[data-rendered=true]");
            assertThat(page.locator("[data-suggestions] tbody tr").count()).isEqualTo(8);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("reciprocity-events.png"))
                    .setFullPage(true));
            long before = withEvents.ledgerSize();

            page.locator("#ev-us-ru-20191001-talks-held button.secondary").click();
            page.waitForURL("**decided=**");
            assertThat(page.locator("#ev-us-ru-20191001-talks-held .badge").textContent()).contains("dismissed");
            page.locator("#ev-us-ru-20180326-staff-expelled input[name=count]").fill("60");
            page.locator("#ev-us-ru-20180326-staff-expelled button[type=submit]:not(.secondary)").click();
            page.waitForURL("**decided=ev-us-ru-20180326-staff-expelled**");

            assertThat(page.locator("#ev-us-ru-20180326-staff-expelled .badge").textContent()).contains("accepted");
            assertThat(withEvents.ledgerSize()).isEqualTo(before + 1);
            assertThat(errors).isEmpty();
        }
    }

    @Test
    void without_imported_events_the_reciprocity_page_says_so(@org.junit.jupiter.api.io.TempDir Path dir) {
        try (DashboardServer bare = new DashboardServer(org.detente.app.http.ApiSettings.defaults(),
                dir.resolve("events.duckdb"));
             BrowserContext context = context(1280)) {
            Page page = context.newPage();
            page.navigate(bare.base + "/dyads/us-ru/reciprocity");
            assertThat(page.locator("[data-no-events]").textContent()).contains("No news events");
        }
    }

    private Page signedIn(BrowserContext context, String token) {
        return signedIn(context, server.base, token);
    }

    private Page signedIn(BrowserContext context, String base, String token) {
        Page page = context.newPage();
        page.navigate(base + "/signin");
        page.locator("#f-token").fill(token);
        page.locator("#signin-form button[type=submit]").click();
        page.waitForLoadState();
        return page;
    }
}
