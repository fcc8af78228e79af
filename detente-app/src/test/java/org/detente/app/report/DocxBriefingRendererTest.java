package org.detente.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.detente.app.report.Briefing.SectionKind;
import org.junit.jupiter.api.Test;

class DocxBriefingRendererTest {
    private static XWPFDocument open(Briefing briefing) throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(new DocxBriefingRenderer().render(briefing)));
    }

    @Test
    void the_sections_are_word_headings_in_the_order_of_every_other_format() throws Exception {
        Briefing briefing = Briefings.mid2018();

        try (XWPFDocument doc = open(briefing)) {
            List<String> headings = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertThat(headings).isEqualTo(Arrays.stream(SectionKind.values()).map(SectionKind::heading).toList());
            assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(doc.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal())
                    .isEqualTo(java.math.BigInteger.ZERO);
            assertThat(doc.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
            List<String> subheadings = doc.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            List<String> expected = new ArrayList<>();
            briefing.sections().forEach(s -> s.blocks().stream().filter(Briefing.Block.Subheading.class::isInstance)
                    .forEach(b -> expected.add(((Briefing.Block.Subheading) b).text())));
            assertThat(subheadings).isEqualTo(expected);
            assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo(briefing.title());
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo(briefing.title());
            // The annexes start on a new page, as in print.
            assertThat(doc.getParagraphs().stream().filter(p -> p.getText().equals(SectionKind.HEADLINE.heading()))
                    .findFirst().orElseThrow().isPageBreak()).isTrue();
        }
    }

    @Test
    void tables_are_word_tables_with_a_repeated_header_and_the_sources_column() throws Exception {
        Briefing briefing = Briefings.mid2018();

        try (XWPFDocument doc = open(briefing)) {
            XWPFTable missions = tableAfter(doc, "Missions");
            XWPFTableRow header = missions.getRow(0);
            assertThat(header.isRepeatHeader()).isTrue();
            assertThat(header.getTableCells()).extracting(c -> c.getText())
                    .containsExactly("Mission", "Of … in", "Status", "Since", "Visas", "Sources");
            assertThat(missions.getRows()).hasSize(1 + BriefingAssemblerTest.table(briefing, SectionKind.HEADLINE,
                    "Missions").rows().size());
            assertThat(missions.getRows()).anySatisfy(row -> {
                assertThat(row.getCell(0).getText()).isEqualTo("Consulate General of the Russian Federation in San Francisco");
                assertThat(row.getCell(2).getText()).isEqualTo("closed");
                assertThat(row.getCell(3).getText()).isEqualTo("2017-09-02");
                assertThat(row.getCell(5).getText()).matches("\\[\\d+(, \\d+)*\\]");
            });
        }
    }

    @Test
    void the_sources_are_hyperlinks_and_the_charts_pictures() throws Exception {
        Briefing briefing = Briefings.mid2018();

        try (XWPFDocument doc = open(briefing)) {
            List<String> links = new ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                p.getRuns().stream().filter(XWPFHyperlinkRun.class::isInstance).map(XWPFHyperlinkRun.class::cast)
                        .forEach(r -> links.add(r.getHyperlink(doc).getURL()));
            }
            assertThat(links).containsExactlyElementsOf(briefing.sources().stream().map(Briefing.CitedSource::url).toList());
            assertThat(doc.getAllPictures()).hasSize(briefing.charts().size())
                    .allSatisfy(p -> assertThat(p.getPictureType()).isEqualTo(org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG))
                    .allSatisfy(p -> assertThat(p.getData()).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
            // The key judgments are a bulleted list.
            assertThat(doc.getParagraphs().stream().filter(p -> p.getText().contains("How sure:")))
                    .isNotEmpty().allSatisfy(p -> assertThat(p.getNumID()).isNotNull());
        }
    }

    private static XWPFTable tableAfter(XWPFDocument doc, String caption) {
        boolean found = false;
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p && "Caption".equals(p.getStyle()) && p.getText().equals(caption)) {
                found = true;
            } else if (found && element instanceof XWPFTable table) {
                return table;
            }
        }
        throw new AssertionError("no table captioned " + caption);
    }
}
