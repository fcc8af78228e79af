package org.detente.store.format;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.detente.model.Source;

/** Reads and writes {@link Source}s: {@code url}, {@code title}, {@code publisher}, {@code date}. */
public final class SourceCodec {
    private static final Set<String> FIELDS = Set.of("url", "title", "publisher", "date");

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
            LocalDate date = source.date("date", true);
            if (source.ok()) {
                try {
                    sources.add(new Source(url, title, publisher, date));
                } catch (IllegalArgumentException e) {
                    source.problem("url", e.getMessage());
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
        out.put("date", source.published().toString());
        return out;
    }
}
