package org.detente.app.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The formats a briefing is written in, by the name the command line uses. */
public enum BriefingFormat {
    MD, HTML, PDF, DOCX;

    /** The name on the command line and the usual file extension: {@code md}, {@code html}, {@code pdf}, {@code docx}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format named {@code code} (any case). */
    public static Optional<BriefingFormat> parse(String code) {
        return Arrays.stream(values()).filter(f -> f.code().equalsIgnoreCase(code.trim())).findFirst();
    }

    /** The names, for messages: {@code md, html, pdf, docx}. */
    public static String codes() {
        return Arrays.stream(values()).map(BriefingFormat::code).collect(Collectors.joining(", "));
    }
}
