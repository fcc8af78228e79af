package org.detente.store.jdbc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.detente.ledger.Entry;
import org.detente.ledger.Measure;
import org.detente.ledger.StaffExpelled;
import org.detente.ledger.StatementOfPosition;
import org.detente.model.Country;
import org.detente.model.Dyad;
import org.detente.model.DyadDefinition;
import org.detente.model.StaffCategory;
import org.detente.store.dataset.BundledDatasets;
import org.detente.testkit.Entries;

/**
 * Entries and definitions for the storage tests: the bundled US–Russia definitions and generated
 * entries, built with the test kit's {@link Entries}.
 */
final class StoreFixtures {
    static final Dyad US_RU = Entries.US_RU;
    static final Country US = Entries.US;
    static final Country RU = Entries.RU;
    static final LocalDate START = LocalDate.of(2030, 1, 1);
    private static DyadDefinition definition;

    private StoreFixtures() {
    }

    static synchronized DyadDefinition definition() {
        if (definition == null) {
            definition = BundledDatasets.read("us-ru").definition();
        }
        return definition;
    }

    /** Entry number {@code n} of a generated ledger: expulsions by the US and statements by Russia, a day apart. */
    static Entry generated(String prefix, int n) {
        LocalDate day = START.plusDays(n % 3000);
        Measure measure = n % 2 == 0
                ? new StaffExpelled(1 + n % 5, StaffCategory.DIPLOMATIC, Optional.empty())
                : new StatementOfPosition("Spokesperson " + n, "Position number " + n + " on the talks", Optional.empty());
        Country actor = n % 2 == 0 ? US : RU;
        return entry(prefix + "-" + n, actor, day, measure);
    }

    static List<Entry> generated(String prefix, int from, int count) {
        List<Entry> entries = new ArrayList<>(count);
        for (int n = from; n < from + count; n++) {
            entries.add(generated(prefix, n));
        }
        return entries;
    }

    static Entry retraction(String id, Entry retracted) {
        return Entries.retraction(id, retracted, "recorded twice by mistake");
    }

    /** A sourced entry of the kit, recorded with microseconds, which every store must keep. */
    static Entry entry(String id, Country actor, LocalDate day, Measure measure) {
        return Entries.entry(id).by(actor).on(day)
                .recordedAt(day.atTime(9, 30).toInstant(ZoneOffset.UTC).plusNanos(123_000))
                .note("generated for a test").does(measure);
    }

    static Instant at(String text) {
        return Instant.parse(text);
    }
}
