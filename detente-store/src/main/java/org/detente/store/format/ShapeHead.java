package org.detente.store.format;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.detente.model.Dyad;

/** The fields every view's JSON shape opens with: what was asked (docs/json.md). */
final class ShapeHead {
    private ShapeHead() {
    }

    /** {@code dyad}, {@code asOf} and {@code knownAt} ({@code null}: everything recorded), in that order. */
    static Map<String, Object> of(Dyad dyad, LocalDate asOf, Optional<Instant> knownAt) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("dyad", dyad.id());
        out.put("asOf", asOf.toString());
        out.put("knownAt", knownAt.map(Instant::toString).orElse(null));
        return out;
    }
}
