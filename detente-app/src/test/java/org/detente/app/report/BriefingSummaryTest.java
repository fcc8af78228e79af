package org.detente.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.detente.app.report.BriefingAssemblerTest.table;
import static org.detente.app.report.BriefingAssemblerTest.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.detente.app.report.Briefing.Block;
import org.detente.app.report.Briefing.Cited;
import org.detente.app.report.Briefing.SectionKind;
import org.detente.app.usecase.Question;
import org.detente.ledger.Entry;
import org.detente.ledger.EntryId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The briefing proper (sections 1 to 4), the forecast and the comparison, for every bundled dyad. */
class BriefingSummaryTest {
    private static final Pattern RESTS_ON = Pattern.compile("Rests on (.+?)(?: and \\d+ more)?\\.$");

    private static Briefing briefing(String dyad, String asOf, String since) {
        if (dyad.equals("us-ru")) {
            return Briefings.of(asOf, since);
        }
        return new BriefingAssembler(Briefings.useCases().briefing(), Briefings.QUICK)
                .assemble(new Question(dyad, LocalDate.parse(asOf), java.util.Optional.empty()), LocalDate.parse(since));
    }

    @ParameterizedTest(name = "{0} as of {1}")
    @CsvSource({"us-ru, 2025-12-01, 2025-09-01", "us-ru, 2018-06-30, 2018-04-01", "us-cu, 2015-09-30, 2015-06-30",
            "sa-ir, 2023-09-30, 2023-03-01", "ca-in, 2025-12-31, 2025-06-01"})
    void the_summary_of_every_bundled_dyad_ends_on_the_first_two_pdf_pages(String dyad, String asOf, String since)
            throws Exception {
        Briefing briefing = briefing(dyad, asOf, since);

        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(new PdfBriefingRenderer().render(briefing))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true); // as a reader reads the page, whatever order the content was drawn in
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document).replaceAll("\\s+", " "));
            }
        }

        assertThat(pages.get(0)).contains(SectionKind.BOTTOM_LINE.heading()).contains(SectionKind.JUDGMENTS.heading());
        String firstTwo = pages.get(0) + " " + pages.get(1);
        for (SectionKind kind : List.of(SectionKind.BOTTOM_LINE, SectionKind.JUDGMENTS, SectionKind.RECENT, SectionKind.WATCH)) {
            assertThat(firstTwo).as(kind.heading()).contains(kind.heading());
        }
        // The last words of "What to watch" are the end of the summary: they must be on page 1 or 2.
        String end = lastWords(briefing.section(SectionKind.WATCH));
        assertThat(pages.get(0).contains(end) || pages.get(1).contains(end)).as("'" + end + "' on page 1 or 2").isTrue();
        assertThat(String.join(" ", pages.subList(2, pages.size()))).doesNotContain(SectionKind.BOTTOM_LINE.heading());
        assertThat(pages.get(0)).doesNotContain(SectionKind.HEADLINE.heading());
    }

    @ParameterizedTest(name = "{0} as of {1}")
    @CsvSource({"us-ru, 2025-12-01, 2025-09-01", "sa-ir, 2023-09-30, 2023-03-01", "ca-in, 2025-12-31, 2025-06-01"})
    void every_key_judgment_says_how_sure_it_is_and_names_entries_of_the_ledger_with_their_sources(String dyad,
            String asOf, String since) {
        Briefing briefing = briefing(dyad, asOf, since);
        Map<EntryId, Entry> entries = Briefings.useCases().bases().current(dyad).view().liveEntries().stream()
                .collect(Collectors.toMap(Entry::id, e -> e));

        List<Cited> judgments = bullets(briefing.section(SectionKind.JUDGMENTS));

        assertThat(judgments).hasSizeBetween(4, 8);
        int named = 0;
        for (Cited judgment : judgments) {
            assertThat(judgment.text()).containsPattern("How sure: (high|moderate|low) \\(");
            Matcher rests = RESTS_ON.matcher(judgment.text());
            if (!rests.find()) {
                assertThat(judgment.text()).contains("How sure: low (no entry records it");
                continue;
            }
            for (String id : rests.group(1).split(", ")) {
                Entry entry = entries.get(new EntryId(id));
                assertThat(entry).as(id + " in the ledger").isNotNull();
                Set<String> cited = judgment.sources().stream().map(n -> briefing.sources().get(n - 1).url())
                        .collect(Collectors.toSet());
                assertThat(cited).as("the sources of " + id).containsAll(entry.sources().stream()
                        .map(s -> s.url().toString()).toList());
                named++;
            }
        }
        assertThat(named).isPositive();
    }

    @Test
    void a_contested_entry_makes_its_judgment_low() {
        Briefing briefing = briefing("us-ru", "2025-12-01", "2025-09-01");

        // The working-level round of December 2025 is contested in the bundled record.
        assertThat(bullets(briefing.section(SectionKind.JUDGMENTS)))
                .filteredOn(j -> j.text().contains("2025-12-irritants-working-level-round"))
                .allSatisfy(j -> assertThat(j.text()).contains("How sure: low (").contains("contested"));
    }

    @Test
    void what_changed_puts_the_period_in_sentences_and_points_to_the_annex_for_the_rest() {
        Briefing briefing = briefing("us-ru", "2025-12-01", "2025-09-01");
        EntryWords words = new EntryWords(Briefings.basis().ledger().definition());
        List<Entry> period = Briefings.basis().view().liveEntriesBy(LocalDate.parse("2025-12-01")).stream()
                .filter(e -> e.occurredOn().date().isAfter(LocalDate.parse("2025-09-01"))).toList();

        String recent = text(briefing, SectionKind.RECENT);

        Entry sanctions = period.stream().filter(e -> e.id().value().equals("2025-10-22-us-sanctions-rosneft-lukoil"))
                .findFirst().orElseThrow();
        assertThat(recent).contains("On 2025-10-22, " + words.describe(sanctions) + ".")
                .doesNotContain("sanctionTarget:").doesNotContain("..")
                .contains("Annex B lists " + (period.size() - 6) + " more entries");
    }

    @Test
    void what_to_watch_names_the_commitments_falling_due() {
        Briefing briefing = briefing("sa-ir", "2023-04-01", "2023-03-01");

        assertThat(text(briefing, SectionKind.WATCH)).contains("Commitment due on 2023-05-10: Saudi Arabia committed")
                .contains("Commitment due on 2023-05-10: Iran committed");
    }

    @Test
    void what_to_watch_names_the_meetings_announced() {
        Briefing briefing = briefing("us-ru", "2025-08-10", "2025-07-01");

        assertThat(text(briefing, SectionKind.WATCH)).contains("Announced: ").contains("2025-08-15");
    }

    @Test
    void the_forecast_gives_each_open_goal_its_percentiles_and_the_cases_that_inform_it() {
        Briefing briefing = briefing("us-ru", "2025-12-01", "2025-09-01");

        Block.Table forecast = table(briefing, SectionKind.OUTLOOK, "Open goals");

        assertThat(forecast.headers()).containsExactly("Goal", "Kind", "P10", "P50", "P90", "Not met within horizon",
                "Informed by", "Weight of the cases");
        assertThat(forecast.rows()).isNotEmpty();
        assertThat(forecast.rows()).anySatisfy(row -> assertThat(row.cells().get(6)).contains("United States – Cuba"));
        assertThat(forecast.rows()).allSatisfy(row -> assertThat(row.cells().get(6)).doesNotContain("Russia"));
        assertThat(text(briefing, SectionKind.OUTLOOK)).contains("The clock of this dyad started on 2025-02-18");
    }

    @Test
    void the_comparison_sets_every_bundled_case_on_the_axis_of_months_since_its_trigger() {
        Briefing briefing = briefing("sa-ir", "2023-09-30", "2023-03-01");

        Block.Table cases = table(briefing, SectionKind.COMPARISON, "The cases on one axis");

        assertThat(cases.rows()).extracting(r -> r.cells().get(0)).containsExactlyInAnyOrder(
                "United States – Russia", "United States – Cuba", "Saudi Arabia – Iran (this dyad)", "Canada – India");
        Block.Row here = cases.rows().stream().filter(r -> r.cells().get(0).endsWith("(this dyad)")).findFirst().orElseThrow();
        assertThat(here.cells().get(1)).isEqualTo("2023-03-10");
        assertThat(here.cells().get(2)).isEqualTo("2023-09-30");
        // 204 days from 10 March to 30 September 2023.
        assertThat(here.cells().get(3)).isEqualTo(String.format(java.util.Locale.ROOT, "%.1f", 204 / (365.2425 / 12)));
        assertThat(briefing.section(SectionKind.COMPARISON).blocks()).contains(new Block.Figure("comparison"));
    }

    private static List<Cited> bullets(Briefing.Section section) {
        return section.blocks().stream().filter(Block.Bullets.class::isInstance).map(Block.Bullets.class::cast)
                .flatMap(b -> b.items().stream()).toList();
    }

    private static String lastWords(Briefing.Section section) {
        Block last = section.blocks().get(section.blocks().size() - 1);
        String text = last instanceof Block.Bullets b ? b.items().get(b.items().size() - 1).text()
                : ((Block.Paragraph) last).text().text();
        String tail = text.replaceAll("\\s+", " ").strip();
        return tail.substring(Math.max(0, tail.length() - 30));
    }
}
