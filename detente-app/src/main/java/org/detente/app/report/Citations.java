package org.detente.app.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.detente.app.report.Briefing.CitedSource;
import org.detente.model.Source;

/**
 * Numbers sources in the order they are first cited. Two sources with the same address are one
 * source (the same article is often given with slightly different titles); the first seen is kept.
 */
final class Citations {
    private final Map<String, CitedSource> byUrl = new LinkedHashMap<>();

    /** The numbers of {@code sources}, ascending, each once. */
    List<Integer> cite(Collection<Source> sources) {
        List<Integer> numbers = new ArrayList<>();
        for (Source source : sources) {
            String url = source.url().toString();
            CitedSource cited = byUrl.computeIfAbsent(url, u -> new CitedSource(byUrl.size() + 1, source.publisher(),
                    source.published(), source.title(), u));
            if (!numbers.contains(cited.number())) {
                numbers.add(cited.number());
            }
        }
        numbers.sort(Integer::compare);
        return numbers;
    }

    /** Every source cited so far, numbered. */
    List<CitedSource> all() {
        return List.copyOf(byUrl.values());
    }
}
