package org.detente.store.format;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.detente.model.Source;

/**
 * Reads and writes {@link Source}s: {@code url}, {@code title}, {@code publisher}, {@code date}
 * (a day, or an instant when the hour of publication is known) and an optional {@code language}.
 */
public final class SourceCodec {
    private static final Set<String> FIELDS = Set.of("url", "title", "publisher", "date", "language");

    private SourceCodec() {
    }

    /** Reads the required, non-empty list of sources under {@code field}. */
    public static List<Source> decodeAll(FieldReader in, String field, List<FormatProblem> problems) {
        List<Tree> items = in.items(field, true);
        if (items.isEmpty() && in.has(field)) {
            in.problem(field, "at least one source is required");
        }
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            FieldReader source = FieldReader.of(items.get(i), in.file(), in.path(field) + "[" + i + "]", problems);
            if (source == null) {
                continue;
            }
            source.rejectUnknown(FIELDS);
            URI url = source.url("url");
            String title = source.text("title", true);
            String publisher = source.text("publisher", true);
            Optional<Instant> at = Optional.empty();
            LocalDate date;
            String dateText = source.has("date") ? source.text("date", true) : null;
            if (dateText != null && dateText.trim().contains("T")) {
                Instant instant = source.instant("date", true);
                at = Optional.ofNullable(instant);
                date = instant == null ? null : instant.atOffset(ZoneOffset.UTC).toLocalDate();
            } else {
                date = source.date("date", true);
            }
            String language = source.text("language", false);
            if (source.ok()) {
                try {
                    sources.add(new Source(url, title, publisher, date, at, language));
                } catch (IllegalArgumentException e) {
                    source.problem(e.getMessage().startsWith("source language") ? "language" : "url", e.getMessage());
                }
            }
        }
        return sources;
    }

    public static Map<String, Object> encode(Source source) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("url", source.url().toString());
        out.put("title", source.title());
        out.put("publisher", source.publisher());
        out.put("date", source.publishedAt().map(Instant::toString).orElse(source.published().toString()));
        if (!source.language().isEmpty()) {
            out.put("language", source.language());
        }
        return out;
    }
}
