package org.detente.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.detente.app.report.Briefing.Block;
import org.detente.app.report.Briefing.Chart;
import org.detente.app.report.Briefing.Cited;
import org.detente.app.report.Briefing.CitedSource;
import org.detente.app.report.Briefing.Section;

/**
 * A briefing as Markdown (CommonMark with GitHub tables). Charts are not embedded: each figure is
 * an image link to an SVG file that the caller writes beside the Markdown file (see
 * {@link BriefingWriter}), so the text stays readable as plain text and renders on any Markdown
 * viewer that shows images; {@code chartFile} names that file for each chart.
 */
public final class MarkdownBriefingRenderer {
    private final Function<Chart, String> chartFile;

    /** A renderer that links each chart to the file {@code chartFile} names (relative to the Markdown file). */
    public MarkdownBriefingRenderer(Function<Chart, String> chartFile) {
        this.chartFile = Objects.requireNonNull(chartFile, "chartFile is required");
    }

    /** The briefing as Markdown text. */
    public String render(Briefing briefing) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(inline(briefing.title())).append("\n\n");
        md.append(inline(briefing.preface())).append("\n\n");
        for (Section section : briefing.sections()) {
            md.append("## ").append(inline(section.kind().heading())).append("\n\n");
            for (Block block : section.blocks()) {
                block(md, briefing, block);
            }
        }
        return md.toString();
    }

    private void block(StringBuilder md, Briefing briefing, Block block) {
        if (block instanceof Block.Subheading s) {
            md.append("### ").append(inline(s.text())).append("\n\n");
        } else if (block instanceof Block.Paragraph p) {
            md.append(cited(p.text())).append("\n\n");
        } else if (block instanceof Block.Bullets b) {
            b.items().forEach(item -> md.append("- ").append(cited(item)).append('\n'));
            md.append('\n');
        } else if (block instanceof Block.Table t) {
            md.append("**").append(inline(t.caption())).append("**\n\n");
            List<String> headers = new ArrayList<>(t.headers());
            if (t.cites()) {
                headers.add("Sources");
            }
            md.append("| ").append(headers.stream().map(MarkdownBriefingRenderer::cell).collect(Collectors.joining(" | ")))
                    .append(" |\n");
            md.append("|").append("---|".repeat(headers.size())).append('\n');
            for (Block.Row row : t.rows()) {
                List<String> cells = new ArrayList<>(row.cells().stream().map(MarkdownBriefingRenderer::cell).toList());
                if (t.cites()) {
                    cells.add(numbers(row.sources()));
                }
                md.append("| ").append(String.join(" | ", cells)).append(" |\n");
            }
            md.append('\n');
        } else if (block instanceof Block.Figure f) {
            Chart chart = briefing.chart(f.chart());
            md.append("![").append(inline(chart.title())).append("](").append(chartFile.apply(chart)).append(")\n\n");
            md.append('*').append(inline(chart.title())).append(".* ").append(inline(chart.caption())).append("\n\n");
        } else if (block instanceof Block.SourceList) {
            for (CitedSource s : briefing.sources()) {
                md.append(s.number()).append(". <a id=\"source-").append(s.number()).append("\"></a>")
                        .append(inline(s.publisher())).append(", ").append(s.published()).append(". ")
                        .append(inline(s.title())).append(". <").append(s.url()).append(">\n");
            }
            md.append('\n');
        }
    }

    private static String cited(Cited text) {
        return inline(text.text()) + (text.sources().isEmpty() ? "" : " " + numbers(text.sources()));
    }

    private static String numbers(List<Integer> sources) {
        return sources.isEmpty() ? "" : "\\[" + sources.stream().map(String::valueOf).collect(Collectors.joining(", ")) + "\\]";
    }

    /** Text that Markdown would otherwise read as markup: emphasis, links, HTML. */
    private static String inline(String text) {
        return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("[", "\\[")
                .replace("]", "\\]").replace("<", "&lt;").replace("`", "\\`").replace("\n", " ");
    }

    private static String cell(String text) {
        return inline(text).replace("|", "\\|");
    }
}
