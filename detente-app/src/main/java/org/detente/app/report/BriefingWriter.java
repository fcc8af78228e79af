package org.detente.app.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.detente.app.report.Briefing.Chart;

/**
 * Writes a briefing to a file in a format. HTML, PDF and Word are one self-contained file each; Markdown
 * is the {@code .md} file plus one SVG file per chart beside it, named
 * {@code <file name without extension>-<chart id>.svg}, which the Markdown links to by that
 * relative name.
 */
public final class BriefingWriter {
    /** Writes {@code briefing} to {@code file} and answers every file written, {@code file} first. */
    public List<Path> write(Briefing briefing, BriefingFormat format, Path file) throws IOException {
        List<Path> written = new ArrayList<>();
        written.add(file);
        switch (format) {
            case MD -> {
                String stem = stem(file);
                Path dir = file.toAbsolutePath().getParent();
                String md = new MarkdownBriefingRenderer(chart -> stem + "-" + chart.id() + ".svg").render(briefing);
                Files.writeString(file, md, StandardCharsets.UTF_8);
                for (Chart chart : briefing.charts()) {
                    Path svg = dir.resolve(stem + "-" + chart.id() + ".svg");
                    Files.writeString(svg, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + chart.svg() + "\n",
                            StandardCharsets.UTF_8);
                    written.add(svg);
                }
            }
            case HTML -> Files.writeString(file, new HtmlBriefingRenderer().render(briefing), StandardCharsets.UTF_8);
            case PDF -> {
                try (OutputStream out = Files.newOutputStream(file)) {
                    new PdfBriefingRenderer().render(briefing, out);
                }
            }
            case DOCX -> {
                try (OutputStream out = Files.newOutputStream(file)) {
                    new DocxBriefingRenderer().render(briefing, out);
                }
            }
            default -> throw new IllegalArgumentException("unknown format " + format);
        }
        return written;
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
