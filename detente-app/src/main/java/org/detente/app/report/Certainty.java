package org.detente.app.report;

import java.util.List;
import java.util.Objects;
import org.detente.ledger.Corroboration;
import org.detente.ledger.Entry;
import org.detente.model.Confidence;

/**
 * How sure a judgment of the briefing is, from the entries it rests on: each entry's confidence
 * (as the dataset states it) and its corroboration (independent publishers, or a dispute). A
 * judgment is no surer than its weakest entry:
 * <ul>
 *   <li><b>high</b>: every entry is of high confidence and corroborated by two or more publishers;</li>
 *   <li><b>moderate</b>: none is contested or of low confidence, but some rest on one publisher
 *       or are of medium confidence;</li>
 *   <li><b>low</b>: some entry is contested or of low confidence, or no entry records the fact at
 *       all (an absence in the ledger can be a gap in the record).</li>
 * </ul>
 *
 * @param level  the level
 * @param reason why, in words, counting the entries behind it
 */
record Certainty(Level level, String reason) {
    enum Level {
        HIGH, MODERATE, LOW;

        String words() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    Certainty {
        Objects.requireNonNull(level, "level is required");
        Objects.requireNonNull(reason, "reason is required");
    }

    /** The certainty of a judgment resting on {@code basis}. */
    static Certainty of(List<Entry> basis) {
        if (basis.isEmpty()) {
            return new Certainty(Level.LOW, "no entry records it, and an absence in the ledger can be a gap in the record");
        }
        int n = basis.size();
        long contested = basis.stream().filter(e -> e.corroboration().standing() == Corroboration.Standing.CONTESTED).count();
        long low = basis.stream().filter(e -> e.confidence() == Confidence.LOW).count();
        long single = basis.stream().filter(e -> e.corroboration().standing() == Corroboration.Standing.SINGLE_SOURCE).count();
        long medium = basis.stream().filter(e -> e.confidence() == Confidence.MEDIUM).count();
        String of = " of " + n + (n == 1 ? " entry" : " entries");
        if (contested > 0 || low > 0) {
            return new Certainty(Level.LOW, join(contested > 0 ? contested + of + " contested" : "",
                    low > 0 ? low + of + " of low confidence" : ""));
        }
        if (single > 0 || medium > 0) {
            return new Certainty(Level.MODERATE, join(single > 0 ? single + of + " on a single publisher" : "",
                    medium > 0 ? medium + of + " of medium confidence" : ""));
        }
        return new Certainty(Level.HIGH, n == 1 ? "its entry is of high confidence and corroborated by two or more publishers"
                : "all " + n + " entries of high confidence and corroborated by two or more publishers");
    }

    /** "How sure: moderate (1 of 3 entries on a single publisher)". */
    String words() {
        return "How sure: " + level.words() + " (" + reason + ")";
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "; " + b;
    }
}
