package org.detente.events.cameo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The project's table of the 311 CAMEO event codes with their Goldstein weights, read from the
 * resource {@code cameo-goldstein.tsv} (which names its sources: the Goldstein values GDELT publishes
 * per CAMEO code, after Goldstein 1992 and Schrodt's CAMEO codebook). ICEWS rows carry no weight:
 * they get theirs here; GDELT rows carry one, which equals this table's.
 */
public final class CameoTable {
    private static final String RESOURCE = "/org/detente/events/cameo-goldstein.tsv";
    private static final CameoTable DEFAULT = load();

    private final Map<String, CameoCode> codes;

    private CameoTable(Map<String, CameoCode> codes) {
        this.codes = Collections.unmodifiableMap(codes);
    }

    /** The table shipped with détente. */
    public static CameoTable standard() {
        return DEFAULT;
    }

    /** The code, when CAMEO has it. */
    public Optional<CameoCode> find(String code) {
        return Optional.ofNullable(code == null ? null : codes.get(code));
    }

    /** Every code, in the table's order. */
    public Collection<CameoCode> all() {
        return codes.values();
    }

    /** GDELT's quad class of a root category (1..20). */
    public static int quadClassOfRoot(int root) {
        if (root < 1 || root > 20) {
            throw new IllegalArgumentException("CAMEO root " + root + " is outside 01..20");
        }
        return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
    }

    private static CameoTable load() {
        Map<String, CameoCode> codes = new LinkedHashMap<>();
        try (InputStream in = Objects.requireNonNull(CameoTable.class.getResourceAsStream(RESOURCE), RESOURCE);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length != 3) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": needs code, weight, description");
                }
                codes.put(fields[0], new CameoCode(fields[0], Double.parseDouble(fields[1]), fields[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new CameoTable(codes);
    }
}
