package org.detente.app.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.List;
import org.detente.app.report.Briefing.Block;
import org.detente.app.report.Briefing.Chart;
import org.detente.app.report.Briefing.Cited;
import org.detente.app.report.Briefing.CitedSource;
import org.detente.app.report.Briefing.Section;
import org.detente.app.report.Briefing.SectionKind;

/**
 * A briefing as one self-contained, printable XHTML page: inline CSS, the charts as inline SVG,
 * no script and nothing fetched. The markup is well-formed XML, so {@link PdfBriefingRenderer} lays
 * out this very page; the CSS carries the print rules (A4 pages, numbered, headers of long tables
 * repeated, figures kept whole).
 */
public final class HtmlBriefingRenderer {
    /** The font family the page asks for first; the PDF renderer registers a font under this name. */
    static final String FONT_FAMILY = "Liberation Sans";

    /** Cells up to this many characters are kept on one line. */
    private static final int SHORT = 12;
    /** Hyphenated words up to this many characters are never broken (nor parted from the brackets and punctuation around them). */
    private static final int NOWRAP = 24;
    private static final Pattern HYPHENATED = Pattern.compile(
            "[(\\[]?[\\p{L}\\p{N}]+(?:[-\u2010\u2011][\\p{L}\\p{N}]+)+[,.;:!?)\\]]*");

    private static final String CSS = """
            @page { size: A4; margin: 16mm 15mm 18mm 15mm;
              @bottom-center { content: "détente briefing · page " counter(page) " of " counter(pages);
                font-family: 'Liberation Sans', Arial, Helvetica, sans-serif; font-size: 8pt; color: #666; } }
            html { background: #fff; }
            body { font-family: 'Liberation Sans', Arial, Helvetica, sans-serif; font-size: 10pt; line-height: 1.4;
              color: #1a1a1a; max-width: 60em; margin: 0 auto; padding: 1em; hyphens: manual; }
            section.first-annex { page-break-before: always; }
            span.nowrap { white-space: nowrap; }
            h1 { font-size: 17pt; margin: 0 0 0.3em 0; color: #1f4e79; }
            h2 { font-size: 13pt; margin: 1.4em 0 0.4em 0; padding-bottom: 0.15em; border-bottom: 1.5px solid #1f4e79;
              color: #1f4e79; page-break-after: avoid; }
            h3 { font-size: 11pt; margin: 1em 0 0.3em 0; page-break-after: avoid; }
            p.preface { color: #444; font-size: 9pt; }
            p, ul { margin: 0.3em 0 0.6em 0; }
            li { margin: 0.15em 0; }
            table { border-collapse: collapse; width: 100%; margin: 0.3em 0 0.8em 0; font-size: 8.5pt;
              -fs-table-paginate: paginate; }
            table.fixed { table-layout: fixed; }
            td { word-wrap: break-word; }
            caption { text-align: left; font-weight: bold; font-size: 9pt; padding: 0.2em 0; }
            thead { display: table-header-group; }
            th { background: #e8eef5; text-align: left; font-weight: bold; }
            th, td { border: 0.5pt solid #b8c4d0; padding: 2pt 4pt; vertical-align: top; }
            tr { page-break-inside: avoid; }
            td.short { white-space: nowrap; }
            td.cite, span.cite { color: #1f4e79; }
            a { color: #1f4e79; text-decoration: none; }
            figure { margin: 0.6em 0 1em 0; page-break-inside: avoid; }
            figure svg { max-width: 100%; height: auto; }
            figcaption { font-size: 8.5pt; color: #444; }
            ol.sources { font-size: 8.5pt; padding-left: 0; list-style: none; }
            ol.sources span.n { color: #1f4e79; }
            ol.sources li { word-wrap: break-word; }
            @media print { body { max-width: none; padding: 0; } }
            """;

    /** The briefing as an XHTML page. */
    public String render(Briefing briefing) {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                .append("<meta charset=\"UTF-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(escape(briefing.title())).append("</title>\n")
                // description for browsers; subject is what openhtmltopdf puts in the PDF's information and XMP.
                .append("<meta name=\"description\" content=\"").append(escape(briefing.preface())).append("\"/>\n")
                .append("<meta name=\"subject\" content=\"").append(escape(briefing.preface())).append("\"/>\n")
                .append("<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n");
        html.append("<h1>").append(escape(briefing.title())).append("</h1>\n");
        html.append("<p class=\"preface\">").append(escape(briefing.preface())).append("</p>\n");
        SectionKind firstAnnex = Arrays.stream(SectionKind.values()).filter(SectionKind::annex).findFirst().orElseThrow();
        for (Section section : briefing.sections()) {
            html.append("<section id=\"").append(section.kind().name().toLowerCase(java.util.Locale.ROOT)).append('"')
                    .append(section.kind() == firstAnnex ? " class=\"annex first-annex\"" : section.kind().annex()
                            ? " class=\"annex\"" : "").append(">\n");
            html.append("<h2>").append(escape(section.kind().heading())).append("</h2>\n");
            for (Block block : section.blocks()) {
                block(html, briefing, block);
            }
            html.append("</section>\n");
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void block(StringBuilder html, Briefing briefing, Block block) {
        if (block instanceof Block.Subheading s) {
            html.append("<h3>").append(escape(s.text())).append("</h3>\n");
        } else if (block instanceof Block.Paragraph p) {
            html.append("<p>").append(cited(p.text())).append("</p>\n");
        } else if (block instanceof Block.Bullets b) {
            html.append("<ul>\n");
            b.items().forEach(item -> html.append("<li>").append(cited(item)).append("</li>\n"));
            html.append("</ul>\n");
        } else if (block instanceof Block.Table t) {
            html.append(t.widths().isEmpty() ? "<table>" : "<table class=\"fixed\">").append("\n<caption>")
                    .append(escape(t.caption())).append("</caption>\n");
            if (!t.widths().isEmpty()) {
                html.append("<colgroup>");
                t.widths().forEach(w -> html.append("<col style=\"width: ").append(w).append("%\"/>"));
                if (t.cites()) {
                    html.append("<col/>");
                }
                html.append("</colgroup>\n");
            }
            html.append("<thead><tr>");
            List<String> headers = new ArrayList<>(t.headers());
            if (t.cites()) {
                headers.add("Sources");
            }
            headers.forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
            html.append("</tr></thead>\n<tbody>\n");
            for (Block.Row row : t.rows()) {
                html.append("<tr>");
                // Short cells (dates, figures, statuses) never break: long text takes the width instead.
                row.cells().forEach(c -> html.append(c.length() <= SHORT ? "<td class=\"short\">" : "<td>")
                        .append(words(c)).append("</td>"));
                if (t.cites()) {
                    html.append("<td class=\"cite\">").append(numbers(row.sources())).append("</td>");
                }
                html.append("</tr>\n");
            }
            html.append("</tbody>\n</table>\n");
        } else if (block instanceof Block.Figure f) {
            Chart chart = briefing.chart(f.chart());
            // The SVG comes from JFreeSVG with its own xmlns: it is embedded as is, never given a second one.
            // role and aria-label name the drawing for browsers' screen readers; alt is what openhtmltopdf
            // gives the figure as its alternative text in the tagged PDF.
            String label = escape(chart.title() + ". " + chart.caption());
            String svg = chart.svg().replaceFirst("^<svg ", Matcher.quoteReplacement("<svg role=\"img\" aria-label=\""
                    + label + "\" alt=\"" + label + "\" "));
            html.append("<figure id=\"figure-").append(chart.id()).append("\">\n").append(svg).append('\n')
                    .append("<figcaption><b>").append(escape(chart.title())).append(".</b> ")
                    .append(escape(chart.caption())).append("</figcaption>\n</figure>\n");
        } else if (block instanceof Block.SourceList) {
            html.append("<ol class=\"sources\">\n");
            for (CitedSource s : briefing.sources()) {
                html.append("<li id=\"source-").append(s.number()).append("\"><span class=\"n\">[").append(s.number())
                        .append("]</span> ").append(escape(s.publisher()))
                        .append(", ").append(s.published()).append(". ").append(escape(s.title())).append(". <a href=\"")
                        .append(escape(s.url())).append("\">").append(escape(s.url())).append("</a></li>\n");
            }
            html.append("</ol>\n");
        }
    }

    private static String cited(Cited text) {
        return escape(text.text()) + (text.sources().isEmpty() ? ""
                : " <span class=\"cite\">" + numbers(text.sources()) + "</span>");
    }

    private static String numbers(List<Integer> sources) {
        if (sources.isEmpty()) {
            return "";
        }
        StringBuilder links = new StringBuilder("[");
        for (int i = 0; i < sources.size(); i++) {
            int n = sources.get(i);
            links.append(i == 0 ? "" : ", ").append("<a href=\"#source-").append(n).append("\">").append(n).append("</a>");
        }
        return links.append(']').toString();
    }

    /**
     * A table cell's text, escaped, with each short hyphenated word ("emergency-only", "2018-03-29")
     * kept on one line: in a narrow column the line would break at its hyphen or even inside it
     * (cells break long words so that nothing overflows). Longer hyphenated tokens (entry ids) may
     * still break. Running text needs none of this: it breaks at spaces and, as type does, at hyphens.
     */
    static String words(String text) {
        Matcher m = HYPHENATED.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 32);
        int at = 0;
        while (m.find()) {
            out.append(escape(text.substring(at, m.start())));
            String word = m.group();
            out.append(word.length() <= NOWRAP ? "<span class=\"nowrap\">" + escape(word) + "</span>" : escape(word));
            at = m.end();
        }
        return out.append(escape(text.substring(at))).toString();
    }

    /** Escapes text for XHTML content and attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
