package org.detente.app.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.detente.app.report.Briefing.Block;
import org.detente.app.report.Briefing.Chart;
import org.detente.app.report.Briefing.Cited;
import org.detente.app.report.Briefing.CitedSource;
import org.detente.app.report.Briefing.Section;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A briefing as a Word document (Office Open XML, {@code .docx}) written with Apache POI, so that
 * it can be edited before it is sent on. The content and its order are those of every other
 * format: the title and preface, then each section under a real Word heading (style "Heading 1",
 * subheadings "Heading 2", so the navigation pane and a table of contents find them), paragraphs,
 * bulleted lists, Word tables with a repeated header row, the charts as pictures with their
 * captions, and the numbered sources with their addresses as hyperlinks. The document's title,
 * subject and language are set in its properties.
 */
public final class DocxBriefingRenderer {
    /** Pictures are drawn at twice their size on the page, so they stay sharp when printed. */
    private static final float PICTURE_SCALE = 2f;
    /** The width of a chart on the page, in points (A4 less margins). */
    private static final int PICTURE_WIDTH_PT = 450;
    private static final String HEADING_1 = "Heading1";
    private static final String HEADING_2 = "Heading2";
    private static final String TITLE = "Title";
    private static final String CAPTION = "Caption";

    /** Writes the briefing as a Word document to {@code out}. */
    public void render(Briefing briefing, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            styles(doc);
            BigInteger bullets = bulletNumbering(doc);
            doc.getProperties().getCoreProperties().setTitle(briefing.title());
            doc.getProperties().getCoreProperties().setSubjectProperty(briefing.preface());
            doc.getProperties().getCoreProperties().setCreator("détente");
            doc.getProperties().getCoreProperties().getUnderlyingProperties().setLanguageProperty("en");

            styled(doc, TITLE).createRun().setText(briefing.title());
            doc.createParagraph().createRun().setText(briefing.preface());
            boolean annexes = false;
            for (Section section : briefing.sections()) {
                XWPFParagraph heading = styled(doc, HEADING_1);
                // As in print, the annexes start on a page of their own.
                if (section.kind().annex() && !annexes) {
                    heading.setPageBreak(true);
                    annexes = true;
                }
                heading.createRun().setText(section.kind().heading());
                for (Block block : section.blocks()) {
                    block(doc, briefing, block, bullets);
                }
            }
            doc.write(out);
        }
    }

    /** The briefing as {@code .docx} bytes. */
    public byte[] render(Briefing briefing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            render(briefing, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void block(XWPFDocument doc, Briefing briefing, Block block, BigInteger bullets) throws IOException {
        if (block instanceof Block.Subheading s) {
            styled(doc, HEADING_2).createRun().setText(s.text());
        } else if (block instanceof Block.Paragraph p) {
            cited(doc.createParagraph(), p.text());
        } else if (block instanceof Block.Bullets b) {
            for (Cited item : b.items()) {
                XWPFParagraph paragraph = doc.createParagraph();
                paragraph.setNumID(bullets);
                paragraph.setNumILvl(BigInteger.ZERO);
                cited(paragraph, item);
            }
        } else if (block instanceof Block.Table t) {
            table(doc, t);
        } else if (block instanceof Block.Figure f) {
            figure(doc, briefing.chart(f.chart()));
        } else if (block instanceof Block.SourceList) {
            for (CitedSource s : briefing.sources()) {
                XWPFParagraph paragraph = doc.createParagraph();
                paragraph.setSpacingAfter(60);
                XWPFRun number = paragraph.createRun();
                number.setText("[" + s.number() + "] ");
                number.setBold(true);
                paragraph.createRun().setText(s.publisher() + ", " + s.published() + ". " + s.title() + ". ");
                XWPFHyperlinkRun link = paragraph.createHyperlinkRun(s.url());
                link.setText(s.url());
                link.setColor("1F4E79");
                link.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
            }
        }
    }

    private static void cited(XWPFParagraph paragraph, Cited text) {
        paragraph.createRun().setText(text.text());
        if (!text.sources().isEmpty()) {
            XWPFRun numbers = paragraph.createRun();
            numbers.setText(" " + numbers(text.sources()));
            numbers.setColor("1F4E79");
        }
    }

    private static void table(XWPFDocument doc, Block.Table t) {
        XWPFParagraph caption = styled(doc, CAPTION);
        caption.setKeepNext(true);
        caption.createRun().setText(t.caption());
        List<String> headers = new ArrayList<>(t.headers());
        if (t.cites()) {
            headers.add("Sources");
        }
        XWPFTable table = doc.createTable(1 + t.rows().size(), headers.size());
        table.setWidth("100%");
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < headers.size(); c++) {
            cell(header.getCell(c), headers.get(c), true);
            header.getCell(c).setColor("E8EEF5");
        }
        for (int r = 0; r < t.rows().size(); r++) {
            Block.Row row = t.rows().get(r);
            XWPFTableRow line = table.getRow(r + 1);
            line.setCantSplitRow(true);
            for (int c = 0; c < row.cells().size(); c++) {
                cell(line.getCell(c), row.cells().get(c), false);
            }
            if (t.cites()) {
                cell(line.getCell(headers.size() - 1), numbers(row.sources()), false);
            }
        }
        doc.createParagraph();
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setSpacingAfter(0);
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontSize(8.5);
        run.setBold(bold);
    }

    private static void figure(XWPFDocument doc, Chart chart) throws IOException {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setKeepNext(true);
        double height = PICTURE_WIDTH_PT * (double) BriefingCharts.HEIGHT / BriefingCharts.WIDTH;
        try {
            paragraph.createRun().addPicture(new ByteArrayInputStream(png(chart)), Document.PICTURE_TYPE_PNG,
                    chart.id() + ".png", Units.toEMU(PICTURE_WIDTH_PT), Units.toEMU(height));
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("chart " + chart.id() + " could not be added: " + e.getMessage(), e);
        }
        XWPFParagraph caption = styled(doc, CAPTION);
        XWPFRun title = caption.createRun();
        title.setText(chart.title() + ". ");
        title.setBold(true);
        caption.createRun().setText(chart.caption());
    }

    /** The chart's SVG drawn as a PNG picture (Word shows SVG only with a raster fallback, so the picture is that). */
    private static byte[] png(Chart chart) {
        PNGTranscoder transcoder = new PNGTranscoder();
        transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, BriefingCharts.WIDTH * PICTURE_SCALE);
        transcoder.addTranscodingHint(PNGTranscoder.KEY_HEIGHT, BriefingCharts.HEIGHT * PICTURE_SCALE);
        ByteArrayOutputStream png = new ByteArrayOutputStream(64 * 1024);
        try {
            transcoder.transcode(new TranscoderInput(new StringReader(chart.svg())), new TranscoderOutput(png));
        } catch (TranscoderException e) {
            throw new IllegalStateException("chart " + chart.id() + " could not be drawn: " + e.getMessage(), e);
        }
        return png.toByteArray();
    }

    private static XWPFParagraph styled(XWPFDocument doc, String style) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setStyle(style);
        return paragraph;
    }

    private static String numbers(List<Integer> sources) {
        return sources.isEmpty() ? "" : "[" + sources.stream().map(String::valueOf).collect(Collectors.joining(", ")) + "]";
    }

    /**
     * The styles the document uses, under the ids and names Word gives its built-in ones ("heading 1"
     * with outline level 0, ...), so Word treats them as its own headings.
     */
    private static void styles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        styles.setSpellingLanguage("en");
        styles.addStyle(style(TITLE, "Title", -1, 20, "1F4E79"));
        styles.addStyle(style(HEADING_1, "heading 1", 0, 14, "1F4E79"));
        styles.addStyle(style(HEADING_2, "heading 2", 1, 11.5, "1A1A1A"));
        styles.addStyle(style(CAPTION, "caption", -1, 9, "1A1A1A"));
    }

    private static XWPFStyle style(String id, String name, int outlineLevel, double points, String color) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.setType(STStyleType.PARAGRAPH);
        ct.addNewName().setVal(name);
        ct.addNewQFormat();
        CTPPrGeneral paragraph = ct.addNewPPr();
        paragraph.addNewKeepNext();
        paragraph.addNewSpacing().setBefore(BigInteger.valueOf(outlineLevel >= 0 ? 240 : 60));
        if (outlineLevel >= 0) {
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        CTRPr run = ct.addNewRPr();
        run.addNewB();
        BigInteger halfPoints = BigInteger.valueOf(Math.round(points * 2));
        run.addNewSz().setVal(halfPoints);
        run.addNewSzCs().setVal(halfPoints);
        run.addNewColor().setVal(color);
        return new XWPFStyle(ct);
    }

    /** One bullet list definition ("•" at the first level), shared by every list of the document. */
    private static BigInteger bulletNumbering(XWPFDocument doc) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ZERO);
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewNumFmt().setVal(STNumberFormat.BULLET);
        level.addNewLvlText().setVal("•");
        level.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(360));
        level.getPPr().getInd().setHanging(BigInteger.valueOf(240));
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum));
        return numbering.addNum(abstractId);
    }
}
