package org.detente.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.detente.ledger.Entry;
import org.detente.ledger.EntryId;
import org.detente.ledger.Measure;
import org.detente.ledger.StaffAccredited;
import org.detente.ledger.StaffExpelled;
import org.detente.ledger.VisaDenied;
import org.detente.ledger.VisaGranted;
import org.detente.model.Confidence;
import org.detente.model.Country;
import org.detente.model.Dyad;
import org.detente.model.HistoricalDate;
import org.detente.model.Source;
import org.detente.model.StaffCategory;
import org.detente.store.dataset.BundledDatasets;
import org.detente.store.format.EntryCodec;

/**
 * Writes a ledger file of generated US–Russia entries (staff expulsions, accreditations and visa
 * decisions between 2000 and 2015, before the bundled history) that {@code detente db import}
 * accepts on top of the bundled dataset: the load for the HTTP and import benchmarks.
 * Usage: {@code UsRuLedgerFile FILE COUNT [SEED]}. The file is JSON, which YAML readers read too.
 */
public final class UsRuLedgerFile {
    private static final Source SOURCE = new Source(URI.create("https://example.org/generated"),
            "Generated benchmark entry", "détente benchmark generator", LocalDate.of(2015, 12, 31));

    private UsRuLedgerFile() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: UsRuLedgerFile FILE COUNT [SEED]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        Dyad dyad = BundledDatasets.read("us-ru").definition().dyad();
        List<Map<String, Object>> entries = new ArrayList<>(count);
        for (Entry entry : generate(dyad, count, seed)) {
            Map<String, Object> shape = new LinkedHashMap<>(EntryCodec.encode(entry, false));
            shape.put("recordedAt", entry.recordedAt().toString());
            entries.add(shape);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            new ObjectMapper().writeValue(out, Map.of("entries", entries));
        }
        System.out.println("wrote " + count + " entries to " + file);
    }

    /** {@code count} entries of the dyad, the same for the same seed. */
    public static List<Entry> generate(Dyad dyad, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        LocalDate first = LocalDate.of(2000, 1, 1);
        List<Entry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Country actor = random.nextBoolean() ? dyad.first() : dyad.second();
            LocalDate day = first.plusDays(random.nextInt(16 * 365));
            int people = 1 + random.nextInt(10);
            int kind = random.nextInt(4);
            Measure measure = kind == 0 ? new StaffExpelled(people, StaffCategory.DIPLOMATIC, Optional.empty())
                    : kind == 1 ? new StaffAccredited(people, StaffCategory.DIPLOMATIC, Optional.empty())
                    : kind == 2 ? new VisaDenied(people, StaffCategory.DIPLOMATIC, Optional.empty())
                    : new VisaGranted(people, StaffCategory.DIPLOMATIC, Optional.empty());
            entries.add(new Entry(EntryId.of("bench-" + seed + "-" + i), 0, dyad, actor, dyad.other(actor),
                    HistoricalDate.ofDay(day), day.atStartOfDay(ZoneOffset.UTC).toInstant(), "generator",
                    List.of(SOURCE), Optional.empty(), Confidence.LOW, "generated for a benchmark", measure));
        }
        return entries;
    }
}
