package org.detente.app.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import com.openhtmltopdf.util.XRLog;
import java.util.logging.Level;

/**
 * A briefing as PDF: the page of {@link HtmlBriefingRenderer}, laid out by openhtmltopdf (PDFBox)
 * with the charts drawn as vector graphics (Batik). Text is set in Liberation Sans, the font PDFBox
 * ships, embedded in the file, so arrows, dashes and accents print whatever the machine has installed.
 * The PDF is tagged for accessibility (PDF/UA): headings, paragraphs, lists, tables and figures are
 * in its structure tree, the title and the language ({@code lang} of the page) are set, and
 * screen readers are told to show the title.
 */
public final class PdfBriefingRenderer {
    /** The font PDFBox ships with its jar (SIL Open Font License). */
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    static {
        // openhtmltopdf reports every step of a layout at INFO on standard error; a briefing wants only its warnings.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private final HtmlBriefingRenderer html = new HtmlBriefingRenderer();

    /** Writes the briefing as PDF to {@code out}. */
    public void render(Briefing briefing, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withProducer("détente");
        // PDF/UA (ISO 14289): a tagged PDF with its structure tree, the document title shown in the
        // window title, and the language; it needs every font embedded, which the one font here is.
        builder.usePdfUaAccessibility(true);
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.useFont(PdfBriefingRenderer::font, HtmlBriefingRenderer.FONT_FAMILY);
        builder.withHtmlContent(html.render(briefing), null);
        builder.toStream(out);
        builder.run();
    }

    /** The briefing as PDF bytes. */
    public byte[] render(Briefing briefing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            render(briefing, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream font() {
        InputStream in = PdfBriefingRenderer.class.getResourceAsStream(FONT);
        if (in == null) {
            throw new IllegalStateException("the font " + FONT + " is missing from PDFBox's jar");
        }
        return in;
    }
}
