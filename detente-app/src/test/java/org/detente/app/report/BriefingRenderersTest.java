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
import org.apache.pdfbox.pdmodel.PDDocument;
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

    private static List<String> all(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
