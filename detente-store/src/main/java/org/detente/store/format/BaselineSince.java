package org.detente.store.format;

import java.util.LinkedHashMap;
import java.util.Map;
import org.detente.model.HistoricalDate;

/**
 * A definition's {@code since}: the day its baseline status began or, written {@code since: unknown}
 * with {@code attested: DATE}, only the earliest date a source shows that status, so that a
 * source's publication day is never presented as the day something began.
 */
record BaselineSince(HistoricalDate date, boolean startUnknown) {
    static final String UNKNOWN = "unknown";

    /** The {@code since} and {@code attested} fields of {@code in}, or null with a problem recorded. */
    static BaselineSince read(FieldReader in) {
        String since = in.text("since", true);
        if (since == null) {
            return null;
        }
        if (UNKNOWN.equals(since.strip())) {
            if (!in.has("attested")) {
                in.problem("attested", "is required when since is unknown: the earliest date a source shows"
                        + " this status");
                return null;
            }
            HistoricalDate attested = in.historicalDate("attested", true);
            return attested == null ? null : new BaselineSince(attested, true);
        }
        if (in.has("attested")) {
            in.problem("attested", "is only for since: unknown; since already dates the baseline");
            return null;
        }
        HistoricalDate date = in.historicalDate("since", true);
        return date == null ? null : new BaselineSince(date, false);
    }

    /** Puts {@code since} (and {@code attested} when the start is unknown) into {@code map}, in place. */
    static void write(Map<String, Object> map, HistoricalDate since, boolean startUnknown) {
        if (!startUnknown) {
            map.put("since", since.toString());
            return;
        }
        map.put("since", UNKNOWN);
        Map<String, Object> rest = new LinkedHashMap<>(map);
        map.clear();
        rest.forEach((key, value) -> {
            map.put(key, value);
            if ("since".equals(key)) {
                map.put("attested", since.toString());
            }
        });
    }
}
