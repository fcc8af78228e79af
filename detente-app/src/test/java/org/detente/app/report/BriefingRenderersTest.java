package org.detente.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import java.util.HashSet;
import java.util.Set;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.pdfbox.text.PDFTextStripper;
import org.detente.app.report.Briefing.SectionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefingRenderersTest {
    private static final List<String> HEADINGS = Arrays.stream(SectionKind.values()).map(SectionKind::heading).toList();

    @Test
    void markdown_and_html_show_the_same_sections_in_the_same_order() {
        Briefing briefing = Briefings.mid2018();

        String md = new MarkdownBriefingRenderer(c -> c.id() + ".svg").render(briefing);
        String html = new HtmlBriefingRenderer().render(briefing);

        assertThat(all(md, "(?m)^## (.+)$")).isEqualTo(HEADINGS);
        assertThat(all(html, "<h2>(.+?)</h2>")).isEqualTo(HEADINGS);
        assertThat(all(md, "(?m)^### (.+)$")).isEqualTo(all(html, "<h3>(.+?)</h3>").stream()
                .map(h -> h.replace("&#39;", "'").replace("&amp;", "&")).toList());
    }

    @Test
    void markdown_and_html_number_the_same_sources() {
        Briefing briefing = Briefings.mid2018();

        String md = new MarkdownBriefingRenderer(c -> c.id() + ".svg").render(briefing);
        String html = new HtmlBriefingRenderer().render(briefing);

        int count = briefing.sources().size();
        assertThat(all(md, "(?m)^(\\d+)\\. <a id=\"source-")).hasSize(count);
        assertThat(all(html, "<li id=\"source-(\\d+)\">")).hasSize(count);
        assertThat(html).contains("<li id=\"source-" + count + "\"><span class=\"n\">[" + count + "]</span>");
        assertThat(md).contains("<" + briefing.sources().get(count - 1).url() + ">");
        assertThat(html).contains("href=\"#source-" + count + "\"");
    }

    @Test
    void the_html_is_well_formed_self_contained_and_embeds_the_charts_as_svg() throws Exception {
        String html = new HtmlBriefingRenderer().render(Briefings.mid2018());

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertThat(all(html, "(<svg )")).hasSize(4);
        assertThat(all(html, "(xmlns=[\"']http://www.w3.org/2000/svg)")).hasSize(4);
        assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("src=\"http")
                .contains("<style>").contains("@page");
    }

    @Test
    void the_pdf_read_back_holds_every_heading_and_the_key_facts_of_mid_2018() throws Exception {
        byte[] pdf = new PdfBriefingRenderer().render(Briefings.mid2018());

        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isBetween(3, 20);
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }

        HEADINGS.forEach(heading -> assertThat(text).contains(heading));
        assertThat(text).contains("Consulate General of the Russian Federation in San Francisco RU in US closed 2017-09-02")
                .contains("455").contains("Goldstein");
        assertThat(text).contains("[1] " + Briefings.mid2018().sources().get(0).publisher());
    }

    @Test
    void the_pdf_is_tagged_with_its_title_and_language_and_embeds_every_font() throws Exception {
        Briefing briefing = Briefings.mid2018();

        try (PDDocument document = Loader.loadPDF(new PdfBriefingRenderer().render(briefing))) {
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            assertThat(catalog.getStructureTreeRoot()).as("structure tree").isNotNull();
            assertThat(catalog.getStructureTreeRoot().getKids()).isNotEmpty();
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).as("MarkInfo Marked").isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("en");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).as("DisplayDocTitle").isTrue();
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(briefing.title());
            DomXmpParser xmp = new DomXmpParser();
            XMPMetadata metadata = xmp.parse(catalog.getMetadata().toByteArray());
            assertThat(metadata.getDublinCoreSchema().getTitle()).isEqualTo(briefing.title());
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                }
            }
            Set<String> structure = new HashSet<>();
            List<String> figureAlts = new ArrayList<>();
            collect(catalog.getStructureTreeRoot().getKids(), structure, figureAlts);
            assertThat(structure).contains("H1", "H2", "P", "L", "Table", "TH", "TD", "Figure");
            assertThat(figureAlts).hasSize(briefing.charts().size());
            for (Briefing.Chart chart : briefing.charts()) {
                assertThat(figureAlts).anySatisfy(alt -> assertThat(alt).startsWith(chart.title()));
            }
        }
    }

    @Test
    void short_hyphenated_words_never_break_and_chart_labels_are_never_cut() {
        Briefing briefing = Briefings.of("2025-12-01", "2025-09-01");

        String html = new HtmlBriefingRenderer().render(briefing);

        assertThat(html).contains("<span class=\"nowrap\">emergency-only</span>").doesNotContain("emerg-");
        assertThat(html).contains("hyphens: manual");
        String chart = briefing.chart("roadmap-status").svg();
        assertThat(chart).doesNotContain("…");
        Set<org.detente.model.TrackId> charted = new HashSet<>();
        Briefings.basis().roadmap().goals().forEach(g -> charted.add(g.track()));
        for (org.detente.model.Track track : Briefings.basis().ledger().definition().tracks()) {
            if (!charted.contains(track.id())) {
                continue; // a track without goals has no bar
            }
            for (String word : track.title().split("[\\s(),]+")) {
                assertThat(chart).as("'" + word + "' of the track " + track.title()).contains(word);
            }
        }
    }

    @Test
    void the_annexes_start_on_a_page_of_their_own() {
        String html = new HtmlBriefingRenderer().render(Briefings.mid2018());

        assertThat(html).contains("<section id=\"headline\" class=\"annex first-annex\">")
                .contains("section.first-annex { page-break-before: always; }");
        assertThat(html.indexOf("class=\"annex")).isGreaterThan(html.indexOf("<section id=\"comparison\""));
    }

    @Test
    void a_markdown_briefing_is_written_with_its_charts_beside_it(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("brief.md");

        List<Path> written = new BriefingWriter().write(Briefings.mid2018(), BriefingFormat.MD, file);

        assertThat(written).hasSize(5);
        String md = Files.readString(file);
        for (String id : List.of("comparison", "roadmap-status", "staffing", "escalation")) {
            assertThat(md).contains("](brief-" + id + ".svg)");
            assertThat(Files.readString(dir.resolve("brief-" + id + ".svg"))).contains("<svg");
        }
    }

    private static void collect(List<Object> kids, Set<String> types, List<String> figureAlts) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                types.add(element.getStructureType());
                if ("Figure".equals(element.getStructureType())) {
                    figureAlts.add(element.getAlternateDescription());
                }
                collect(element.getKids(), types, figureAlts);
            }
        }
    }

    private static List<String> all(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
